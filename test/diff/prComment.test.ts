/** The pull-request comment: summary first, folded long tables, --only-changed, source links, no pings. */
import { describe, expect, it } from 'vitest';
import { diff, renderDiffHtml, renderDiffMarkdown } from '../../src/diff/index.js';
import { loadTheme } from '../../src/render/index.js';
import { gate, issue, metric, quantity, report, target, verdict } from './factory.js';

const older = report(
  {
    metrics: [metric('Coverage', 10, { current: quantity(80, '%') }), metric('Errors', 11, { current: quantity(4) })],
    gates: [{ ...gate('Coverage gate', true, 20), target: target('>', 95), current: quantity(84, '%') }],
    issues: Array.from({ length: 12 }, (_, i) => issue(`Issue ${i} owned by @octocat and @acme/team`, 30 + i)),
    verdict: verdict('GO', 'go', 50),
  },
  { title: { value: 'Phase 1 ping @everyone', position: { line: 1, column: 1 } } },
);
const newer = report(
  {
    metrics: [metric('Coverage', 12, { current: quantity(80, '%') }), metric('Errors', 13, { current: quantity(2) })],
    gates: [{ ...gate('Coverage gate', true, 22), target: target('>', 80), current: quantity(84, '%') }],
    issues: [{ ...issue('Issue 0 owned by @octocat and @acme/team', 40), status: 'open' }],
    verdict: verdict('CONDITIONAL GO', 'conditional', 60),
  },
  { title: { value: 'Phase 2', position: { line: 1, column: 1 } } },
);
const change = diff({ ...older, source: { path: 'reports/phase 1.md', lines: 60 } }, { ...newer, source: { path: 'reports/phase-2.md', lines: 60 } });

describe('renderDiffMarkdown as a pull-request comment', () => {
  const md = renderDiffMarkdown(change);

  it('puts the summary first: verdict, gates, target changes, counts', () => {
    const head = md.slice(0, md.indexOf('| Part | Changes |'));
    expect(head).toContain('**Verdict:** GO (GO) → CONDITIONAL GO (CONDITIONAL GO) (worse)');
    expect(head).toContain('**Headline:** Errors: 4 → 2 (improved; L11 → L13)');
    expect(head).toContain('**Gates:** 1 met, 0 not met');
    expect(head).toContain('**⚠ Target changes:** 1 (1 eased)');
    expect(md).toContain('| Quality gates | 1 target changed |');
    expect(md.indexOf('### ⚠ Targets that moved')).toBeGreaterThan(md.indexOf('| Part | Changes |'));
    expect(md.indexOf('### ⚠ Targets that moved')).toBeLessThan(md.indexOf('<details>'));
  });

  it('folds a table of more than 10 rows in <details>, closed after its rows', () => {
    expect(md).toContain('<details><summary><strong>Issues</strong>: 1 persisting, 11 dropped</summary>');
    const open = md.indexOf('<details>');
    const close = md.indexOf('</details>');
    expect(close).toBeGreaterThan(open);
    expect(md.slice(open, close).split('\n').filter((l) => l.startsWith('| Dropped |'))).toHaveLength(11);
  });

  it('neutralises @mentions in report text', () => {
    expect(md).not.toMatch(/@(octocat|acme|everyone)/);
    expect(md).toContain('@\u200Doctocat');
    expect(md).toContain('@\u200Deveryone');
  });

  it('lists only changed rows and parts with --only-changed', () => {
    const short = renderDiffMarkdown(change, { onlyChanged: true });
    expect(md).toContain('_1 unchanged not listed._');
    expect(short).not.toContain('unchanged not listed');
    expect(short).not.toMatch(/^\| Sections \|/m);
    expect(md).toMatch(/^\| Sections \| none \|/m);
  });

  it('links cited lines when a sourceUrl template is given, and only then', () => {
    const linked = renderDiffMarkdown(change, { sourceUrl: 'https://github.com/acme/orion/blob/main/{path}#L{line}' });
    expect(linked).toContain('[L11](https://github.com/acme/orion/blob/main/reports/phase%201.md#L11) → [L13](https://github.com/acme/orion/blob/main/reports/phase-2.md#L13)');
    expect(renderDiffMarkdown(change, { sourceUrl: 'javascript:alert(1)//{path}' })).not.toContain('javascript:');
    expect(md).toContain('| L11 → L13 |');
  });
});

describe('renderDiffHtml cover', () => {
  it('shows the moved target prominently', async () => {
    const html = renderDiffHtml(await loadTheme(), change);
    expect(html).toContain('<dt>⚠ Target moved</dt><dd>Coverage gate: target &gt;95% → &gt;80% (eased; L20 → L22)</dd>');
  });
});
