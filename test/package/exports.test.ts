/** The package root exports what a pull-request bot needs, with no deep import. */
import { describe, expect, it } from 'vitest';
import * as lib from '../../src/index.js';
import { loadTheme } from '../../src/render/index.js';
import { metric, quantity, report } from '../diff/factory.js';

describe('package root', () => {
  it('exports the diff and history renderers', async () => {
    const older = report({ metrics: [metric('Coverage', 3, { current: quantity(80, '%') })] }, { title: { value: 'A', position: { line: 1, column: 1 } } });
    const newer = report({ metrics: [metric('Coverage', 4, { current: quantity(84, '%') })] }, { title: { value: 'B', position: { line: 1, column: 1 } } });
    const change = lib.diff(older, newer);
    expect(lib.renderDiffMarkdown(change, { onlyChanged: true })).toContain('| Improved | Coverage | 80% | 84% | +4 |');
    const theme = await loadTheme();
    expect(lib.renderDiffHtml(theme, change)).toContain('page-diff');
    const story = lib.history([older, newer]);
    expect(lib.renderHistoryMarkdown(story)).toContain('Coverage');
    expect(lib.renderHistoryHtml(theme, story)).toContain('page-history');
    expect(lib.PR_COMMENT_LIMIT).toBe(65_000);
    expect(lib.groupSequences([{ input: 'a.md', report: older }]).map((s) => s.members)).toEqual([[0]]);
  });
});
