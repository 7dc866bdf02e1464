import { beforeAll, describe, expect, it } from 'vitest';
import { nextUpdate } from '../../src/next/index.js';
import { parse } from '../../src/parse/parse.js';
import { loadTheme, renderReportHtml, renderReportMarkdown, type Theme } from '../../src/render/index.js';
import { markdownToHtml } from '../../src/render/markdown/markdownToHtml.js';
import { generate, PATHOLOGICAL } from './pathologicalInputs.js';

/**
 * Issue 11, cases 1 and 4: each hostile input at the size that crashed or ran
 * for minutes now parses, renders to HTML and markdown and drafts its next
 * update without throwing, in seconds of CPU time (CPU, not wall time: the
 * suite shares its cores).
 */
let theme: Theme;
beforeAll(async () => {
  theme = await loadTheme();
});

function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

describe('pathological inputs: parse and render neither throw nor crawl', () => {
  for (const p of PATHOLOGICAL) {
    it(p.name, () => {
      const text = generate(p);
      const started = cpuMs();
      const report = parse(text);
      const html = renderReportHtml(report, theme);
      const md = renderReportMarkdown(report);
      const draft = nextUpdate(report);
      const spent = cpuMs() - started;
      expect(html).toContain('</html>');
      expect(md.length).toBeGreaterThan(0);
      expect(draft.length).toBeGreaterThan(0);
      expect(spent).toBeLessThan(8000);
      const defused = report.diagnostics.filter((d) => d.ruleId === 'nesting-too-deep' || d.ruleId === 'inline-too-dense');
      expect(defused.length > 0).toBe(p.defused);
    }, 60_000);
  }

  it('keeps line numbers: a flattened line is reported at its own line', () => {
    const report = parse(`# T\n\ntext\n\n${'1. - '.repeat(600)}x\n\nafter\n`);
    expect(report.source.lines).toBe(8);
    expect(report.diagnostics.find((d) => d.ruleId === 'nesting-too-deep')?.position.line).toBe(5);
  });

  it('anchors 200,000 lines without spreading them as arguments (the stack overflowed at about 120,000)', () => {
    const rendered = markdownToHtml('a\n'.repeat(200_000));
    expect(rendered.lines).toHaveLength(200_000);
    expect(rendered.lines.at(-1)).toBe(200_000);
  }, 60_000);
});
