import { describe, expect, it } from 'vitest';
import { history, renderHistoryHtml, renderHistoryMarkdown, trendPath } from '../../src/history/index.js';
import { loadTheme } from '../../src/render/index.js';
import { issue, metric, phaseMeta, quantity, report, risk, verdict } from '../diff/factory.js';

describe('trendPath', () => {
  const box = { width: 100, height: 20, pad: 0 };

  it('maps the minimum to the bottom and the maximum to the top, evenly spaced', () => {
    expect(trendPath([4303, 1423, 1316], box).d).toBe('M0 0 L50 19.3 L100 20');
  });

  it('breaks the line at a missing value and centres a flat series', () => {
    expect(trendPath([5, null, 5, 5], box).d).toBe('M0 10 M66.7 10 L100 10');
    expect(trendPath([7], box).d).toBe('M50 10');
    expect(trendPath([null, null], box)).toEqual({ d: '', points: [] });
  });
});

const reports = [
  report(
    { metrics: [metric('Errors', 3, { current: quantity(10) })], issues: [issue('Leak <img>', 5)], risks: [risk('Vendor', 'high', 7)], verdict: verdict('NO-GO', 'no-go', 9) },
    { ...phaseMeta(4, '2025-01-01'), title: { value: 'Phase 4 <b>bold</b>', position: { line: 1, column: 1 } } },
  ),
  report(
    { metrics: [metric('Errors', 4, { current: quantity(2) })], issues: [issue('Leak <img>', 6, { status: 'resolved' })], risks: [risk('Vendor', 'low', 8)], verdict: verdict('GO', 'go', 10) },
    phaseMeta(5, '2025-02-01'),
  ),
];

describe('renderHistoryHtml', () => {
  it('renders series with an SVG trend line, lifetimes, levels and verdicts, escaped', async () => {
    const html = renderHistoryHtml(await loadTheme(), history(reports));
    expect(html).toContain('<body class="page page-history">');
    expect(html).toMatch(/<svg class="chart sparkline"[^>]*aria-label="10 → 2"><path d="M4 4 L116 28"/);
    expect(html).toContain('<span class="badge tone-good">Improved</span>');
    expect(html).toContain('opened #1 · Phase 4 · resolved #2 · Phase 5');
    expect(html).toContain('<span class="badge tone-bad">high</span>');
    expect(html).toContain('<span class="badge tone-bad">NO-GO</span>');
    expect(html).toContain('Leak &lt;img&gt;');
    expect(html).not.toContain('<b>bold</b>');
    expect(renderHistoryHtml(await loadTheme(), history(reports))).toBe(html);
  });
});

describe('renderHistoryMarkdown', () => {
  it('writes one column per report', () => {
    const md = renderHistoryMarkdown(history(reports));
    expect(md).toContain('| #1 | Phase 4 &lt;b>bold&lt;/b> | 4 | 2025-01-01 | NO-GO (NO-GO) |');
    expect(md).toContain('| Errors | 10 | 2 | Improved |');
    expect(md).toContain('| Leak &lt;img> | open | resolved | Resolved |');
    expect(md).toContain('| Vendor | high | low |');
  });

  it('fits the limit and says what it cut', () => {
    const big = [report({ issues: Array.from({ length: 300 }, (_, i) => issue(`A long issue title number ${i} for the history table`, i + 1)) })];
    const md = renderHistoryMarkdown(history(big), { limit: 5_000 });
    expect(md.length).toBeLessThanOrEqual(5_000);
    expect(md).toMatch(/> \*\*Cut to fit 5,000 characters:\*\* \d+ issue rows not shown\./);
  });
});
