import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { printPdfs, type PrintPdfsResult } from '../../src/pdf/index.js';
import { fontTypes, outlineTitles, pageCount, pdfInfo, pdfText } from './popplerTools.js';

const html = readFileSync(new URL('./fixtures/report.html', import.meta.url), 'utf8');
const title = 'Phase 3 <Pilot> & "Rollout"';
const folder = mkdtempSync(join(tmpdir(), 'phase-report-pdf-'));
const a4 = join(folder, 'a4', 'report.pdf');
const letter = join(folder, 'letter', 'report.pdf');
const plain = join(folder, 'plain.pdf');
const again = join(folder, 'again.pdf');
const dated = join(folder, 'dated.pdf');
let a4Run: PrintPdfsResult;

beforeAll(async () => {
  const noEmoji = html.replace(/[\u{1F300}-\u{1FAFF}\u2600-\u27BF\uFE0F]/gu, '');
  a4Run = await printPdfs([
    { html, outPath: a4, title },
    { html: noEmoji, outPath: plain, title },
    { html, outPath: again, title },
    { html, outPath: dated, title, date: new Date('2025-03-14T09:26:53Z') },
  ]);
  await printPdfs([{ html, outPath: letter, title }], { pageSize: 'Letter', concurrency: 1 });
});

afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('printPdfs', () => {
  it('prints all jobs with one browser, in job order, and leaves no temp file', () => {
    expect(a4Run.browserLaunches).toBe(1);
    expect(a4Run.results.map((result) => result.outPath)).toEqual([a4, plain, again, dated]);
    expect(a4Run.results.every((result) => result.bytes > 1000)).toBe(true);
    expect(readdirSync(join(folder, 'a4'))).toEqual(['report.pdf']);
    expect(readdirSync(folder).sort()).toEqual(['a4', 'again.pdf', 'dated.pdf', 'letter', 'plain.pdf']);
  });

  it('prints the same HTML to byte-identical PDFs dated by the job, not the clock', () => {
    expect(readFileSync(again).equals(readFileSync(a4))).toBe(true);
    expect(pdfInfo(a4)['CreationDate']).toBe('1970-01-01T00:00:00Z');
    expect(pdfInfo(dated)['CreationDate']).toBe('2025-03-14T09:26:53Z');
    expect(pdfInfo(dated)['ModDate']).toBe('2025-03-14T09:26:53Z');
    expect(pageCount(dated)).toBe(pageCount(a4));
  });

  it('keeps the document text: heading, table values, verdict', () => {
    const text = pdfText(a4);
    expect(text).toContain('Phase 3 Assessment — Pilot Rollout');
    expect(text).toMatch(/P95 latency\s+300 ms\s+287 ms/);
    expect(text).toMatch(/Tickets per week\s+20\s+31/);
    expect(text).toContain('GO with conditions');
  });

  it('prints the escaped report title in the header and "Page X of Y" in the footer', () => {
    const pages = pageCount(a4);
    expect(pages).toBeGreaterThanOrEqual(2);
    expect(pages).toBeLessThanOrEqual(4);
    const text = pdfText(a4);
    for (let page = 1; page <= pages; page += 1) expect(text).toContain(`Page ${page} of ${pages}`);
    expect(text).toContain('Phase 3 <Pilot> & "Rollout"');
    expect(text).not.toContain('&lt;');
  });

  it('takes the PDF title from the HTML <title> and writes a tagged PDF', () => {
    const info = pdfInfo(a4);
    expect(info['Title']).toBe('Phase 3 Assessment — Pilot Rollout');
    expect(info['Tagged']).toBe('yes');
  });

  it('builds an outline (bookmarks) from the headings', () => {
    const titles = outlineTitles(a4);
    expect(titles).toEqual(expect.arrayContaining(['Verdict', 'Metrics', 'Risks', 'Closed risks', 'Actions']));
  });

  it('prints emoji as colour glyphs from the emoji font', () => {
    expect(pdfText(a4)).toContain('🚀');
    expect(fontTypes(a4)).toContain('Type 3');
    expect(fontTypes(plain)).not.toContain('Type 3');
  });

  it('uses A4 by default and Letter on request', () => {
    expect(pdfInfo(a4)['Page size']).toMatch(/^595\.\d+ x 841\.\d+ pts \(A4\)$/);
    expect(pdfInfo(letter)['Page size']).toMatch(/^612(\.\d+)? x 792(\.\d+)? pts \(letter\)$/);
  });
});
