import { describe, expect, it } from 'vitest';
import { loadTheme, renderIndexHtml, renderReportHtml } from '../../src/render/index.js';
import { sampleEvaluation, sampleReport } from './factory.js';

describe('determinism', () => {
  it('the same report, theme and options give byte-identical HTML, also from a freshly loaded theme', async () => {
    const report = sampleReport();
    const options = { evaluation: sampleEvaluation(), timestamp: '2025-10-01T00:00:00Z' };
    const first = renderReportHtml(report, await loadTheme(), options);
    const second = renderReportHtml(structuredClone(report), await loadTheme(), structuredClone(options));
    expect(second).toBe(first);
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

});
