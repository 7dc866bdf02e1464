import { describe, expect, it } from 'vitest';
import { loadTheme, renderReportHtml } from '../../src/render/index.js';
import { sampleEvaluation, sampleReport } from './factory.js';

/** The text of the element with this id (tags stripped, whitespace collapsed). */
function partText(html: string, id: string): string {
  const start = html.indexOf(`id="${id}"`);
  if (start === -1) return '';
  const end = html.indexOf('</section>', start);
  return html.slice(start, end).replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim();
}

describe('renderReportHtml (default theme, hand-made report)', async () => {
  const theme = await loadTheme();
  const html = renderReportHtml(sampleReport(), theme, { evaluation: sampleEvaluation(), timestamp: '2025-10-01T00:00:00Z' });

  it('is one self-contained document: inline CSS, no script, no external reference', () => {
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).toContain('<style>');
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`);
    expect(html).not.toMatch(/<script|<link|<img|<iframe|\ssrc=|url\(/i);
    expect(html).not.toMatch(/href="(?!#)/);
  });

  it('cover: title, phase, date, author, status, verdict badge', () => {
    const cover = html.slice(html.indexOf('<header class="cover">'), html.indexOf('</header>'));
    expect(cover).toContain('<h1 class="title">Phase 6 Orchestration - Sample Report</h1>');
    expect(cover).toContain('Phase 6 · Phase assessment report');
    expect(cover).toContain('<time datetime="2025-09-27T04:14:00Z">27 Sep 2025, 04:14 UTC</time>');
    expect(cover).toContain('<dt><a class="src-label" href="#L4" title="Source: line 4">Agent</a></dt><dd>task-orchestrator</dd>');
    expect(cover).toContain('<dt><a class="src-label" href="#L5" title="Source: line 5">Status</a></dt><dd>Assessment Complete</dd>');
    expect(cover).toContain('<span class="badge tone-bad">NO-GO</span>');
    expect(cover).toContain('<span class="badge tone-good">GO</span> <span class="badge tone-bad">Disagrees</span>');
  });

  it('gates table: target, current, state, gap, progress bar, source link', () => {
    const row = html.match(/<tr class="state-not-met">[\s\S]*?<\/tr>/)?.[0] ?? '';
    expect(row).toContain('<th scope="row">Test Success Rate</th>');
    expect(row).toContain('<td class="value">&gt;95%</td>');
    expect(row).toContain('<td class="value">~60%</td>');
    expect(row).toContain('<svg class="progress"');
    expect(row).toContain('width="63.2"');
    expect(row).toContain('<span class="badge tone-bad">Not met</span>');
    expect(row).toContain('<td class="value">35 pp</td>');
    expect(row).toContain('<a class="src" href="#L27" title="Source: line 27">L27</a>');
    expect(html).toContain('<tr class="state-met">');
    expect(html).toContain('<tr class="state-unknown">');
  });

  it('at a glance: issue counts by severity and the risk chart', () => {
    const glance = partText(html, 'pr-glance');
    expect(glance).toMatch(/Blocking 1 0 High 0 1 Total 1 1/);
    expect(html).toMatch(/<svg class="chart"[^>]*aria-label="High: 1, Low: 1"/);
  });

  it('issues open first, by severity; risks by level with mitigations', () => {
    const issues = partText(html, 'pr-issues');
    expect(issues.indexOf('Import Dependencies')).toBeLessThan(issues.indexOf('File System'));
    expect(issues).toContain('Under “Critical Issues” · API_TIMEOUT_SECONDS');
    const risks = partText(html, 'pr-risks');
    expect(risks.indexOf('High')).toBeLessThan(risks.indexOf('Low'));
    expect(risks).toContain('Mitigation Restore the test suite first');
  });

  it('actions by owner, steps on a timeline, readiness checklist, evaluation', () => {
    expect(partText(html, 'pr-actions')).toMatch(/production-validator Agent 1\/2 .*Fix Test Infrastructure .*Restore missing constant L23/);
    expect(partText(html, 'pr-steps')).toMatch(/Immediate Fix test infrastructure L37 Final Generate go\/no-go recommendation L38/);
    expect(partText(html, 'pr-criteria')).toMatch(/1 of 2 met .*Zero blocking security issues L32 All critical tests passing L33/);
    const evaluation = partText(html, 'pr-evaluation');
    expect(evaluation).toContain('Decision: GO');
    expect(evaluation).toContain('Disagrees with the report’s own verdict (NO-GO)');
    expect(evaluation).toMatch(/Fail no-open-blocking-issue 1 blocking issue is open NO-GO L9/);
  });

  it('every fact links to a line anchor that exists in the body', () => {
    const targets = new Set([...html.matchAll(/class="src" href="#(L\d+)"/g)].map((m) => m[1]));
    expect(targets.size).toBeGreaterThan(12);
    for (const target of targets) expect(html, target).toContain(`id="${target}"`);
  });

  it('the body reproduces every section, with anchors on sections and a TOC linking them', () => {
    const toc = html.slice(html.indexOf('<nav class="toc"'), html.indexOf('</nav>'));
    for (const section of sampleReport().sections.filter((s) => s.depth > 0)) {
      expect(html).toContain(`<section class="src-section depth-${section.depth} kind-${section.kind}" id="${section.id}">`);
      if (section.depth <= 3) expect(toc).toContain(`<a href="#${section.id}">${section.heading}</a>`);
    }
    for (const part of ['pr-glance', 'pr-gates', 'pr-issues', 'pr-risks', 'pr-actions', 'pr-steps', 'pr-criteria', 'pr-evaluation', 'pr-body']) {
      expect(toc).toContain(`href="#${part}"`);
      expect(html).toContain(`id="${part}"`);
    }
    const body = html.slice(html.indexOf('id="pr-body"'), html.indexOf('</main>'));
    expect(body).toContain('<li id="L38"><strong>Final</strong>: Generate go/no-go recommendation</li>');
    expect(body).toContain('<p id="L40"><strong>Verdict</strong>: NO-GO</p>');
  });

  it('a report with nothing extracted still renders: empty parts are left out', () => {
    const empty = sampleReport({ gates: [], issues: [], risks: [], actions: [], criteria: [], steps: [], verdict: null });
    const out = renderReportHtml(empty, theme);
    expect(out).toContain('No verdict stated');
    expect(out).toContain('No issues found.');
    expect(out).not.toContain('id="pr-gates"');
    expect(out).not.toContain('id="pr-evaluation"');
    expect(out).toContain('id="pr-body"');
  });

  it('print CSS keeps rows and cards whole and headings with the next block', () => {
    expect(theme.css).toMatch(/tr, \.card,[^{]*\{ break-inside: avoid;/);
    expect(theme.css).toMatch(/h1, h2, h3, h4, h5, h6 \{ break-after: avoid;/);
  });
});
