import { describe, expect, it } from 'vitest';
import { diff, renderDiffHtml, renderDiffMarkdown } from '../../src/diff/index.js';
import { loadTheme } from '../../src/render/index.js';
import { issue, metric, quantity, report, risk, verdict } from './factory.js';

const older = report(
  {
    metrics: [metric('Compilation Errors', 13, { current: quantity(4303) }), metric('Coverage', 14, { current: quantity(80, '%') })],
    issues: [issue('Footer <script>alert(1)</script> | pipe', 36), issue('Stable', 37)],
    risks: [risk('Integration', 'high', 60)],
    verdict: verdict('STOP WORK ORDER', 'no-go', 121),
  },
  { title: { value: 'Audit <b>one</b>', position: { line: 1, column: 1 } } },
);
const newer = report(
  {
    metrics: [metric('Compilation Errors', 16, { current: quantity(1316) }), metric('Coverage', 17, { current: quantity(80, '%') })],
    issues: [issue('Stable', 40)],
    risks: [risk('Integration', 'low', 70)],
    verdict: verdict('PROCEED', 'go', 145),
  },
  { title: { value: 'Audit two', position: { line: 1, column: 1 } } },
);
const change = diff(older, newer);

describe('renderDiffMarkdown', () => {
  it('writes verdict, counts and the changed rows with their lines', () => {
    const md = renderDiffMarkdown(change);
    expect(md).toContain('**Verdict:** STOP WORK ORDER (NO-GO) → PROCEED (GO) (better)');
    expect(md).toContain('| Improved | Compilation Errors | 4303 | 1316 | -2,987 | — | L13 → L16 |   |');
    expect(md).toContain('| De-escalated | Integration | high → low | L60 → L70 |   |');
    expect(md).toContain('_1 unchanged not listed._');
    expect(md).not.toContain('| Unchanged |');
    expect(md).toBe(renderDiffMarkdown(diff(older, newer)));
  });

  it('escapes report text so it cannot break the table or inject HTML', () => {
    const md = renderDiffMarkdown(change);
    expect(md).toContain('Footer &lt;script>alert(1)&lt;/script> \\| pipe');
    expect(md).not.toContain('<script>');
    expect(md).toContain('Audit &lt;b>one&lt;/b>');
  });

  it('fits the limit and says what it cut', () => {
    const many = report({ issues: Array.from({ length: 400 }, (_, i) => issue(`Issue number ${i} with a fairly long title to fill the comment`, i + 1)) });
    const full = renderDiffMarkdown(diff(report(), many));
    expect(full.length).toBeGreaterThan(20_000);
    const cut = renderDiffMarkdown(diff(report(), many), { limit: 8_000 });
    expect(cut.length).toBeLessThanOrEqual(8_000);
    const shown = cut.split('\n').filter((line) => line.startsWith('| New |')).length;
    expect(cut).toContain(`> **Cut to fit 8,000 characters:** ${400 - shown} issue rows not shown.`);
    expect(renderDiffMarkdown(diff(report(), many)).length).toBeLessThanOrEqual(65_000);
  });
});

describe('renderDiffHtml', () => {
  it('renders the diff page in the theme, escaped, with source links', async () => {
    const theme = await loadTheme();
    const html = renderDiffHtml(theme, change, { older: 'older.html', newer: 'newer.html' });
    expect(html).toContain('<body class="page page-diff">');
    expect(html).toContain('<span class="badge tone-good">Improved</span>');
    expect(html).toContain('<span class="badge tone-good">De-escalated</span>');
    expect(html).toContain('href="older.html#L13"');
    expect(html).toContain('href="newer.html#L16"');
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<b>one</b>');
    expect(html).toContain('Footer &lt;script&gt;');
    expect(renderDiffHtml(theme, diff(older, newer), { older: 'older.html', newer: 'newer.html' })).toBe(html);
  });

  it('renders reports with nothing in common', async () => {
    const html = renderDiffHtml(await loadTheme(), diff(report(), report()));
    expect(html).toContain('No Metrics in either report.');
    expect(html).toContain('None stated');
  });
});
