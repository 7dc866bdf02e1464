import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint } from '../../src/lint/lint.js';
import type { LintRule } from '../../src/lint/types.js';
import { parse } from '../../src/parse/parse.js';
import { loadTheme, renderReportHtml } from '../../src/render/index.js';
import { repoRoot } from '../helpers/paths.js';

const path = join(repoRoot, 'fixtures', 'lint', 'count-mismatch', 'trigger.md');
const report = parse(readFileSync(path, 'utf8'), { path });

function between(html: string, start: string, end: string): string {
  const from = html.indexOf(start);
  return from === -1 ? '' : html.slice(from, html.indexOf(end, from));
}

describe('lint findings in the HTML report', async () => {
  const theme = await loadTheme();
  const findings = lint(report);
  const html = renderReportHtml(report, theme, { lint: findings });

  it('shows the count at a glance, linking to the list', () => {
    const tile = between(html, '<div class="tile lint-tile', '</div>');
    expect(tile).toContain('<a href="#pr-lint">2</a>');
    expect(tile).toContain('2 errors · 0 warnings');
  });

  it('lists every finding with a link to every line it cites', () => {
    const part = between(html, 'id="pr-lint"', '</section>');
    expect(part).toContain('id="pr-lint-1"');
    expect(part).toContain('&quot;Blocking Defects (5 Critical)&quot; states 5 but 3 items are listed under it (lines 9-11)');
    // the heading (line 8), the three items (9-11) and the restatement (line 20) of the first finding
    const first = between(part, 'id="pr-lint-1"', '</li>\n');
    expect([...first.matchAll(/>L(\d+)<\/a>/g)].map((m) => Number(m[1]))).toEqual([8, 9, 10, 11, 20]);
  });

  it('puts each finding beside the sections whose lines it cites', () => {
    const defects = between(html, 'id="blocking-defects-5-critical"', '</section>');
    expect(defects).toContain('<aside class="lint-note lint-error">');
    expect(defects).toContain('L8 L9 L10 L11');
    expect(defects).toContain('href="#pr-lint-1"');
    const steps = between(html, 'id="next-steps"', '</section>');
    expect(steps).toContain('L20');
    expect(between(html, 'id="findings"', '</section>')).not.toContain('<aside');
  });

  it('escapes what a finding says and renders byte-identically', () => {
    const shouting: LintRule = { id: 'x', severity: 'warning', description: 'test rule', check: () => [{ message: '<script>alert(1)</script>', citations: [{ position: { line: 8, column: 1 }, note: '<b>' }] }] };
    const page = renderReportHtml(report, theme, { lint: lint(report, {}, [shouting]) });
    expect(page).not.toContain('<script>alert');
    expect(page).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(renderReportHtml(report, theme, { lint: findings })).toBe(html);
  });

  it('leaves the page without the part when there is nothing to show', () => {
    const plain = renderReportHtml(report, theme, {});
    expect(plain).not.toContain('id="pr-lint"');
    expect(plain).not.toContain('<aside class="lint-note');
  });
});
