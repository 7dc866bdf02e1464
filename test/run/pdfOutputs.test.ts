import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { printPdfs } from '../../src/pdf/index.js';
import { parse } from '../../src/parse/parse.js';
import { loadTheme, renderReportHtml } from '../../src/render/index.js';
import { repoRoot } from '../helpers/paths.js';
import { runCli } from '../helpers/runCli.js';
import { outlineTitles, pageCount, pdfInfo, pdfText } from '../pdf/popplerTools.js';
import { readFileSync } from 'node:fs';

/** The main job with PDFs, once: real reports printed through one browser, read back with poppler. */
const out = mkdtempSync(join(tmpdir(), 'phase-report-pdf-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));
let stderr = '';

beforeAll(async () => {
  const run = await runCli(['build', join(repoRoot, 'fixtures', 'sequence'), '--out', out]);
  stderr = run.stderr;
  expect(run.code, run.stderr).toBe(0);
}, 180_000);

describe('the main job writes readable PDFs', () => {
  it('writes a PDF next to every HTML page', () => {
    const files = readdirSync(out);
    const html = files.filter((f) => f.endsWith('.html') && f !== 'index.html').map((f) => f.replace(/\.html$/, ''));
    const pdf = files.filter((f) => f.endsWith('.pdf')).map((f) => f.replace(/\.pdf$/, ''));
    expect(pdf.sort()).toEqual(html.sort());
    expect(files.filter((f) => f.endsWith('.tmp'))).toEqual([]);
    expect(stderr).toContain('wrote ');
  });

  it('a report PDF has its title, gate values, page X of Y, an outline and a sane page count', () => {
    const file = join(out, 'phase-4.pdf');
    const text = pdfText(file);
    const pages = pageCount(file);
    expect(pdfInfo(file)['Title']).toBe('Phase 4 Orion Payments Platform - Settlement Hardening Assessment');
    expect(text).toContain('Settlement Hardening Assessment');
    expect(text).toContain('>95%');
    expect(text).toContain('~61%');
    expect(text).toContain(`Page 1 of ${pages}`);
    expect(text).toContain(`Page ${pages} of ${pages}`);
    expect(pages).toBeGreaterThanOrEqual(2);
    expect(pages).toBeLessThanOrEqual(30);
    expect(outlineTitles(file)).toEqual(expect.arrayContaining(['At a glance', 'Quality gates']));
    expect(pdfInfo(file)['Page size']).toMatch(/A4/);
  });

  it('diff, history and next-update PDFs carry their content', () => {
    expect(pdfText(join(out, 'phase-6--phase-7.diff.pdf'))).toMatch(/Test Success Rate/);
    expect(pdfText(join(out, 'history.pdf'))).toMatch(/History of 4 reports/);
    expect(pdfText(join(out, 'phase-7.next.pdf'))).toMatch(/Phase 8/);
  });
});

describe('Ctrl-C', () => {
  it('stops the run with exit code 130, closes the browser and leaves no partial file', async () => {
    const target = mkdtempSync(join(tmpdir(), 'phase-report-abort-'));
    try {
      const controller = new AbortController();
      // --no-cache: the first test of this file cached these PDFs, and a build from the cache can end before the signal
      const running = runCli(['build', join(repoRoot, 'fixtures', 'sequence'), '-f', 'pdf', '--out', target, '--no-cache'], { signal: controller.signal });
      setTimeout(() => controller.abort(new Error('SIGINT')), 1500);
      const run = await running;
      expect(run.code).toBe(130);
      expect(readdirSync(target).filter((f) => f.endsWith('.tmp') || f.startsWith('.'))).toEqual([]);
      for (const f of readdirSync(target).filter((f) => f.endsWith('.pdf'))) expect(pageCount(join(target, f))).toBeGreaterThan(0);
    } finally {
      rmSync(target, { recursive: true, force: true });
    }
  });
});

describe('an XSS report prints inert', () => {
  it('no request leaves the page and no script text runs into the PDF', async () => {
    const report = parse(readFileSync(join(repoRoot, 'fixtures', 'cases', 'xss', 'input.md'), 'utf8'));
    const html = renderReportHtml(report, await loadTheme());
    const target = join(out, 'xss.pdf');
    const result = await printPdfs([{ html, outPath: target, title: 'xss' }], {});
    expect(result.browserLaunches).toBe(1);
    expect(result.results[0]?.blockedRequests).toEqual([]);
    const text = pdfText(target);
    // raw HTML never became elements: what shows is escaped text, e.g. the title as written
    expect(text).toContain("Phase 9 <script>alert('title')</script> Security Review");
  });
});
