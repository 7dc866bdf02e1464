/**
 * The history PDF of a 5-report sequence keeps every value of the latest
 * report: wide tables are cut into bands of report columns instead of being
 * clipped at the right edge of the page (checked with pdftotext).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { history, renderHistoryHtml } from '../../src/history/index.js';
import { parse } from '../../src/parse/parse.js';
import { printPdfs } from '../../src/pdf/index.js';
import { loadTheme } from '../../src/render/index.js';
import { pdfText } from '../pdf/popplerTools.js';

/** Long metric names and values, so five report columns cannot fit one A4 width. */
const METRICS = [
  ['Settlement Batch Duration (month-end replay)', (n: number) => `${1840 - n * 211} ms`],
  ['Authorization Throughput (peak window)', (n: number) => `${(310.5 + n * 23.25).toFixed(2)} req/s`],
  ['Reconciliation Coverage (all ledgers)', (n: number) => `${(71.25 + n * 4.5).toFixed(2)}%`],
  ['Open Compliance Findings (PCI + SOC2)', (n: number) => `${41 - n * 7} findings`],
  ['Merchant Onboarding Lead Time', (n: number) => `${19 - n * 3} days`],
] as const;

function reportText(n: number): string {
  const rows = METRICS.map(([name, value]) => `| ${name} | ${value(n)} |`).join('\n');
  return [
    `# Phase ${n + 1} Orion Payments Platform - Status Report`,
    '',
    `**Date**: 2025-0${n + 1}-15`,
    '',
    '## Metrics',
    '',
    '| Metric | Value |',
    '|---|---|',
    rows,
    '',
    '## Risks',
    '',
    `- **Card-network certification slipping past the pilot window**: ${['HIGH', 'HIGH', 'MEDIUM', 'MEDIUM', 'LOW'][n]}`,
    '',
  ].join('\n');
}

const reports = [0, 1, 2, 3, 4].map((n) => parse(reportText(n), { path: `phase-${n + 1}.md` }));
const folder = mkdtempSync(join(tmpdir(), 'phase-report-history-pdf-'));
const pdf = join(folder, 'history.pdf');
let text = '';

beforeAll(async () => {
  const html = renderHistoryHtml(await loadTheme(), history(reports));
  await printPdfs([{ html, outPath: pdf, title: 'History' }]);
  text = pdfText(pdf).replace(/\s+/g, ' ');
}, 120_000);

afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('history PDF of five reports', () => {
  it('contains every value of the latest report', () => {
    const latest = METRICS.map(([, value]) => value(4));
    // read from reportText(4): 996 ms, 403.50 req/s, 89.25%, 13 findings, 7 days
    expect(latest).toEqual(['996 ms', '403.50 req/s', '89.25%', '13 findings', '7 days']);
    for (const value of latest) expect(text).toContain(value);
    expect(text.toLowerCase()).toContain('#5 · phase 5');
  });

  it('cuts the five report columns into two bands, each with the metric names', () => {
    expect(text).toContain('Reports #1–#3');
    expect(text).toContain('Reports #4–#5');
    // the name column is repeated in each band (the PDF wraps the long name, so count its first word)
    expect(text.split('Settlement').length - 1).toBe(2);
  });
});
