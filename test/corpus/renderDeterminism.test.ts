/** Determinism on the seed report (../shared/seeds): moved from test/render/determinism.test.ts. */
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/parse/parse.js';
import { loadTheme, renderReportHtml, renderReportMarkdown } from '../../src/render/index.js';
import { seedText } from '../helpers/paths.js';
import { sampleEvaluation } from '../render/factory.js';

describe('determinism on the seed', () => {
  it('the seed renders identically twice, in HTML and markdown', async () => {
    const theme = await loadTheme();
    const a = parse(seedText(), { path: 'seed.md' });
    const b = parse(seedText(), { path: 'seed.md' });
    expect(renderReportHtml(b, theme)).toBe(renderReportHtml(a, theme));
    expect(renderReportMarkdown(b)).toBe(renderReportMarkdown(a));
  });

  it('ids in the page are unique', async () => {
    const html = renderReportHtml(parse(seedText(), { path: 'seed.md' }), await loadTheme(), { evaluation: sampleEvaluation() });
    const ids = [...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
    expect(ids.length).toBeGreaterThan(50);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });
});
