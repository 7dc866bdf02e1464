/**
 * The reference report, parsed and rendered: the page and the markdown must
 * show what the source text holds (line numbers are the seed's).
 */
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/evaluate/evaluate.js';
import { parse } from '../../src/parse/parse.js';
import { buildReportView, loadTheme, renderReportHtml, renderReportMarkdown } from '../../src/render/index.js';
import { seedText } from '../helpers/paths.js';

describe('the seed report rendered', async () => {
  const report = parse(seedText(), { path: 'seed.md' });
  const view = buildReportView(report);
  const html = renderReportHtml(report, await loadTheme());
  const markdown = renderReportMarkdown(report);

  it('cover: title, phase 6, date, agent, status', () => {
    expect(view.cover).toMatchObject({
      title: 'Phase 6 Orchestration - Initial Assessment Report',
      phase: '6',
      date: { raw: '2025-09-27T04:14:00Z', source: { line: 3 } },
      author: { name: 'task-orchestrator', role: 'Agent', source: { line: 4 } },
      status: 'Assessment Complete',
      nextUpdate: 'After critical fixes implementation',
      verdict: null,
    });
    expect(html).toContain('<time datetime="2025-09-27T04:14:00Z">27 Sep 2025, 04:14 UTC</time>');
  });

  it('quality gates of lines 99-103, with the test success rate not met, 35 points short', () => {
    expect(view.gates.map((g) => [g.criterion, g.target, g.source.line])).toEqual([
      ['Test Success Rate', '>95%', 99],
      ['NASA Compliance', 'Maintain 92%+', 100],
      ['Performance Budget', '<0.3%', 101],
      ['Security Score', 'Maintain 100%', 102],
      ['Integration Health', '>90%', 103],
    ]);
    expect(view.gates[0]).toMatchObject({ current: '~60%', state: 'not-met', gap: '35 pp' });
    expect(html).toMatch(/<th scope="row">Test Success Rate<\/th>\s*<td class="value">&gt;95%<\/td>\s*<td class="value">~60%<\/td>/);
    expect(markdown).toMatch(/\| Test Success Rate +\| >95% +\| \\~60% +\| ❌ Not met \| 35 pp \| L99 +\|/);
  });

  it('the four blocking issues (lines 36-39) and six integration failures (lines 42-47), all open', () => {
    expect(view.issues.open).toBe(10);
    expect(view.issues.items.slice(0, 4).map((i) => [i.title, i.severity, i.source.line])).toEqual([
      ['Import Dependencies', 'blocking', 36],
      ['Test Environment', 'blocking', 37],
      ['Docker/Container', 'blocking', 38],
      ['File System', 'blocking', 39],
    ]);
    expect(view.issues.items.slice(4).map((i) => i.source.line)).toEqual([42, 43, 44, 45, 46, 47]);
    expect(html).toContain('API_TIMEOUT_SECONDS');
  });

  it('risks: three high, three medium, three low (lines 64-76)', () => {
    expect(view.risks.groups.map((g) => [g.level, g.risks.length])).toEqual([['high', 3], ['medium', 3], ['low', 3]]);
    expect(view.risks.groups[0]?.risks[0]).toMatchObject({ title: 'Test Infrastructure', source: { line: 64 } });
    expect(html).toMatch(/<svg class="chart"[^>]*aria-label="High: 3, Medium: 3, Low: 3"/);
  });

  it('actions grouped by the agents that own them, with the tasks of lines 82-84', () => {
    const owners = view.actions.map((g) => g.owner);
    expect(owners).toEqual(expect.arrayContaining(['production-validator', 'security-manager', 'performance-benchmarker', 'system-architect']));
    const validator = view.actions.find((g) => g.owner === 'production-validator');
    const tasks = validator?.actions.flatMap((a) => a.tasks.map((t) => [t.text, t.source.line]));
    expect(tasks).toEqual(expect.arrayContaining([
      ['Restore missing API_TIMEOUT_SECONDS constant', 82],
      ['Fix enterprise test configuration', 83],
      ['Validate Python test suite execution', 84],
    ]));
  });

  it('next steps on the horizon timeline (lines 114-117) and the readiness criteria (lines 106-110)', () => {
    expect(view.steps.map((g) => g.horizon)).toEqual(['Immediate', 'Short-term', 'Medium-term', 'Final']);
    expect(view.steps[3]?.steps[0]).toMatchObject({ text: 'Generate go/no-go recommendation', source: { line: 117 } });
    expect(view.criteria.items.map((c) => c.text)).toEqual([
      'All critical tests passing',
      'Zero blocking security issues',
      'Phase 3 integration validated',
      'Performance budgets met',
      'Documentation complete',
    ]);
    expect(markdown).toContain('4. **Final:** Generate go/no-go recommendation (L117)');
  });

  it('the body keeps every line of the source: each non-blank line has its anchor or sits in an anchored block', () => {
    const lines = seedText().split('\n');
    const anchored = new Set([...html.matchAll(/ id="L(\d+)"/g)].map((m) => Number(m[1])));
    const missing = lines.map((text, i) => ({ line: i + 1, text })).filter((l) => l.text.trim() !== '' && !anchored.has(l.line));
    expect(missing.map((l) => l.line)).toEqual([]);
    expect(html).toContain('Architecture team critical for resolving container/orchestration issues');
  });

  it('with the real evaluation: its decision, every rule with links to existing lines, and no verdict to agree with', async () => {
    const evaluation = evaluate(report);
    const page = renderReportHtml(report, await loadTheme(), { evaluation });
    const part = page.slice(page.indexOf('id="pr-evaluation"'), page.indexOf('id="pr-body"'));
    expect(part).toContain(`Decision: <span class="badge tone-${evaluation.decision === 'go' ? 'good' : evaluation.decision === 'no-go' ? 'bad' : 'warn'}">`);
    expect(part).toContain('The report states no verdict of its own.');
    for (const result of evaluation.results) expect(part).toContain(`<code>${result.rule}</code>`);
    const targets = [...part.matchAll(/href="#(L\d+)"/g)].map((m) => m[1]);
    for (const target of targets) expect(page).toContain(`id="${target}"`);
    expect(renderReportMarkdown(report, { evaluation })).toContain("the report states no verdict of its own.");
  });
});
