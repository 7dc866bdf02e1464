import { describe, expect, it } from 'vitest';
import { parse } from '../../src/parse/parse.js';
import { loadTheme, renderIndexHtml, renderReportHtml, renderReportMarkdown } from '../../src/render/index.js';
import { seedText } from '../helpers/paths.js';
import { sampleEvaluation, sampleReport } from './factory.js';

describe('determinism', () => {
  it('the same report, theme and options give byte-identical HTML, also from a freshly loaded theme', async () => {
    const report = sampleReport();
    const options = { evaluation: sampleEvaluation(), timestamp: '2025-10-01T00:00:00Z' };
    const first = renderReportHtml(report, await loadTheme(), options);
    const second = renderReportHtml(structuredClone(report), await loadTheme(), structuredClone(options));
    expect(second).toBe(first);
  });

  it('the seed renders identically twice, in HTML and markdown', async () => {
    const theme = await loadTheme();
    const a = parse(seedText(), { path: 'seed.md' });
    const b = parse(seedText(), { path: 'seed.md' });
    expect(renderReportHtml(b, theme)).toBe(renderReportHtml(a, theme));
    expect(renderReportMarkdown(b)).toBe(renderReportMarkdown(a));
  });

  it('reads no clock: without a timestamp the output names no time; with one, exactly it', async () => {
    const theme = await loadTheme();
    const report = sampleReport({ meta: { ...sampleReport().meta, generated: null } });
    const html = renderReportHtml(report, theme);
    const year = String(new Date().getUTCFullYear());
    expect(html.includes(year) && !report.sections.some((s) => s.markdown.includes(year))).toBe(false);
    expect(renderReportHtml(report, theme, { timestamp: 'T-STAMP' })).toContain('on T-STAMP');
    expect(renderIndexHtml(theme, [], { timestamp: 'T-STAMP' })).toContain('T-STAMP');
  });

  it('ids in the page are unique', async () => {
    const html = renderReportHtml(parse(seedText(), { path: 'seed.md' }), await loadTheme(), { evaluation: sampleEvaluation() });
    const ids = [...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
    expect(ids.length).toBeGreaterThan(50);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });
});
