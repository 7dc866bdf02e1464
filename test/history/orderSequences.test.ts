/**
 * History order and sequences: reports are placed by phase, then by the date
 * found anywhere in them, then by a stage word; never by file name. A folder
 * of unrelated reports is grouped into sequences and diffs stay within one.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULTS } from '../../src/config/configSchema.js';
import { groupSequences } from '../../src/history/groupSequences.js';
import { history } from '../../src/history/index.js';
import { parse } from '../../src/parse/parse.js';
import { loadTheme } from '../../src/render/index.js';
import { loadReports } from '../../src/run/loadReports.js';
import { planBuild } from '../../src/run/planBuild.js';
import { repoRoot } from '../helpers/paths.js';
import { runCli } from '../helpers/runCli.js';

const orderDir = join(repoRoot, 'fixtures', 'diff-sequences', 'order-by-content');
const FILES = ['a-closing-review.md', 'b-kickoff.md', 'c-midpoint.md'];

describe('order by content, never by file name', () => {
  const reports = FILES.map((f) => parse(readFileSync(join(orderDir, f), 'utf8'), { path: f }));

  it('places each report by the date it states: header, title or sign-off', () => {
    // a: "**Date**: 2025-05-20" (L3); b: title "... Kickoff Status (2025-05-01)"; c: footer "**Signed off**: May 10, 2025" (L9)
    const result = history(reports);
    expect(result.reports.map((r) => r.path)).toEqual(['b-kickoff.md', 'c-midpoint.md', 'a-closing-review.md']);
    expect(result.order.by).toBe('date');
    expect(result.reports.map((r) => r.date)).toEqual([
      { iso: '2025-05-01', from: 'title' },
      { iso: '2025-05-10', from: 'footer' },
      { iso: '2025-05-20', from: 'header' },
    ]);
    expect(result.order.reason).toContain('never by file name');
    expect(result.metrics[0]?.points.map((p) => p?.raw)).toEqual(['81%', '90%', '97%']);
  });

  it('puts a final report last among reports of the same phase and day', () => {
    const text = (title: string) => `# ${title}\n\n**Date**: 2025-01-15\n\n## Metrics\n\n- **Coverage**: 80%\n`;
    const final = parse(text('PHASE 2 GITHUB INTEGRATION - FINAL REALITY ASSESSMENT'), { path: 'FINAL.md' });
    const check = parse(text('Phase 2 GitHub Integration - Reality Check Report'), { path: 'phase_2.md' });
    const result = history([final, check]);
    expect(result.reports.map((r) => r.path)).toEqual(['phase_2.md', 'FINAL.md']);
    expect(result.order.by).toBe('stage');
  });

  it('names the reports nothing told apart, which keep the order given', () => {
    const text = (title: string) => `# ${title}\n\n**Date**: 2025-01-27\n\n## Metrics\n\n- **Coverage**: 80%\n`;
    const result = history([
      parse(text('Phase 8 Ledger Remediation Audit'), { path: 'in/audit.md' }),
      parse(text('Phase 8 Ledger Remediation - Success Report'), { path: 'in/success.md' }),
      parse(text('Phase 8 Ledger Final Audit'), { path: 'in/final.md' }),
    ]);
    // one phase, one day; only "Final" places final.md last
    expect(result.reports.map((r) => r.path)).toEqual(['in/audit.md', 'in/success.md', 'in/final.md']);
    expect(result.order.reason).toContain('; audit.md, success.md could not be told apart by phase, date, stage word or carried figures: they keep the order given (for a folder, file-name order;');
    // when nothing told any two apart, the reason says so once and lists no run
    const alike = history([parse(text('Ledger A'), { path: 'a.md' }), parse(text('Ledger B'), { path: 'b.md' })]).order;
    expect(alike.by).toBe('input');
    expect(alike.reason).not.toContain('could not be told apart');
  });

  it('places a report after the one whose figures it gives as before values (carried figures)', () => {
    const head = (title: string) => `# ${title}\n\n**Date**: 2025-01-27\n\n## Metrics\n\n`;
    const audit = parse(`${head('Phase 8 Ledger Audit')}- **Theater Score**: 73%\n- **Lint errors**: 0\n- **Coverage**: 100%\n`, { path: 'audit.md' });
    // L9 "| Theater Score | 73% | 4% |": the audit's 73% (L7) is this report's starting point
    const fix = parse(`${head('Phase 8 Ledger Remediation')}| Metric | Before | After |\n|---|---|---|\n| Theater Score | 73% | 4% |\n`, { path: 'fix.md' });
    // before values of 0 and 100 place nothing, though the audit states them now (L8, L9): everyone writes them
    const zero = parse(`${head('Phase 8 Ledger Recheck')}| Metric | Before | After |\n|---|---|---|\n| Lint errors | 0 | 0 |\n| Coverage | 100% | 100% |\n`, { path: 'zero.md' });
    const result = history([fix, audit, zero]);
    expect(result.reports.map((r) => r.path)).toEqual(['audit.md', 'fix.md', 'zero.md']);
    expect(result.order.by).toBe('values');
    expect(result.order.reason).toContain('carried figures decided');
    expect(history([zero, audit]).reports.map((r) => r.path)).toEqual(['zero.md', 'audit.md']);
  });

  it('says the order on the command line', async () => {
    const out = mkdtempSync(join(tmpdir(), 'phase-report-order-'));
    try {
      const run = await runCli(['history', orderDir, '--out', out, '--format', 'json']);
      expect(run.code, run.stderr).toBe(0);
      expect(run.stderr).toContain('order: ordered by phase, then by the date found in the report (header, sign-off or title)');
      const json = JSON.parse(readFileSync(join(out, 'history.json'), 'utf8')) as { reports: { path: string }[] };
      expect(json.reports.map((r) => r.path.split('/').at(-1))).toEqual(['b-kickoff.md', 'c-midpoint.md', 'a-closing-review.md']);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});

describe('build states the order it used and why', () => {
  const dir = mkdtempSync(join(tmpdir(), 'phase-report-build-order-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  // b: title "... Kickoff Status (2025-05-01)"; c: footer "**Signed off**: May 10, 2025" (L9); a: "**Date**: 2025-05-20" (L3)
  const ORDER = ['b-kickoff.md', 'c-midpoint.md', 'a-closing-review.md'];

  it('on stderr, in the --json manifest and in index.html', async () => {
    const out = join(dir, 'out');
    const run = await runCli(['build', orderDir, '--out', out, '--format', 'html', '--json']);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toContain(`order: ${ORDER.map((f) => join(orderDir, f)).join(' → ')}\n`);
    expect(run.stderr).toContain('  (ordered by phase, then by the date found in the report (header, sign-off or title), then by a stage word of the title (initial, final), then by carried figures (a report whose before values are the current values of another comes after it), then by the order given; never by file name; the date decided)\n');
    const manifest = JSON.parse(run.stdout) as { sequences: { sequence: string; reports: { input: string }[]; by: string; reason: string }[] };
    expect(manifest.sequences.map((s) => [s.sequence, s.reports.map((r) => r.input.split('/').at(-1)), s.by])).toEqual([['Phase 4 Orion Payments Platform', ORDER, 'date']]);
    expect(manifest.sequences[0]?.reason).toContain('never by file name; the date decided');
    const index = readFileSync(join(out, 'index.html'), 'utf8');
    const listed = [...index.matchAll(/<li>[^<]*<span class="source">\(([^)]*)\)<\/span><\/li>/g)].map((m) => m[1]);
    expect(listed).toEqual(ORDER);
    expect(index).toContain('<p class="reason">ordered by phase, then by the date found in the report');
    // the diffs follow that order
    expect(readdirSync(out).filter((f) => f.endsWith('.diff.html')).sort()).toEqual(['b-kickoff--c-midpoint.diff.html', 'c-midpoint--a-closing-review.diff.html']);
  });

  it('says nothing on stderr with --quiet', async () => {
    const run = await runCli(['build', orderDir, '--out', join(dir, 'quiet'), '--format', 'json', '--quiet']);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).not.toContain('order:');
  });
});

describe('explicit sequences from the config file', () => {
  it('override the automatic grouping', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'phase-report-seqcfg-'));
    try {
      const config = join(dir, 'phase-report.config.json');
      writeFileSync(config, JSON.stringify({ sequences: [{ name: 'kickoff only', reports: ['b-kickoff.md'] }] }));
      const run = await runCli(['history', orderDir, '--config', config, '--out', join(dir, 'out'), '--format', 'json']);
      expect(run.code, run.stderr).toBe(0);
      expect(run.stderr).toContain('sequence "kickoff only" (1 reports, grouped by config)');
      expect(run.stderr).toContain('(2 reports, grouped by title)');
      // named by the stem the two titles share: "Phase 4 Orion Payments Platform - Final Review" and "... - Midpoint Status"
      expect(readdirSync(join(dir, 'out'))).toEqual(['phase-4-orion-payments-platform.history.json']);
      expect(run.stderr).toContain('sequence "Phase 4 Orion Payments Platform" (2 reports, grouped by title)');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

/** Three fictional projects, ten reports each, in the style of the corpus; file names interleave the projects. */
const PROJECTS = [
  { title: (n: number) => `Phase ${n} Orion Payments Platform - Status Report`, metric: 'Settlement success rate', project: null },
  { title: (n: number) => `ATLAS DATA PIPELINE - PHASE ${n} ASSESSMENT`, metric: 'Ingest coverage', project: 'Atlas Data Pipeline' },
  { title: (n: number) => `Helios Mobile App: Sprint ${n} Quality Review`, metric: 'Crash-free sessions', project: null },
];

function mixedFolder(): { name: string; text: string }[] {
  const files: { name: string; text: string }[] = [];
  for (let n = 1; n <= 10; n++) {
    PROJECTS.forEach((p, k) => {
      const day = String(n + 10).padStart(2, '0');
      const project = p.project === null ? '' : `**Project**: ${p.project}\n`;
      const text = `# ${p.title(n)}\n\n${project}**Date**: 2025-0${k + 1}-${day}\n\n## Metrics\n\n- **${p.metric}**: ${60 + n * 3}%\n`;
      // names are a permutation of 00..29 (7 is prime to 30) that mixes the projects: file-name order interleaves them
      files.push({ name: `mixed/${String((((n - 1) * 3 + k) * 7) % 30).padStart(2, '0')}-report.md`, text });
    });
  }
  return files.sort((a, b) => a.name.localeCompare(b.name));
}

describe('a 30-report folder of three projects', () => {
  const inputs = mixedFolder();
  const named = loadReports(inputs);
  const projectOf = (name: string): string => /orion|atlas|helios/i.exec(named.find((r) => r.name === name)?.report.meta.title?.value ?? '')?.[0].toLowerCase() ?? 'none';

  it('groups the reports into three sequences of ten', () => {
    expect(new Set(inputs.map((i) => i.name)).size).toBe(30);
    const sequences = groupSequences(named);
    expect(sequences.map((s) => s.members.length)).toEqual([10, 10, 10]);
    for (const s of sequences) expect(new Set(s.members.map((i) => projectOf(named[i]?.name ?? ''))).size).toBe(1);
  });

  it('builds diffs only within a sequence, and the index shows the sequences', async () => {
    const config = { ...DEFAULTS, formats: ['html' as const, 'json' as const] };
    const plan = planBuild(named, await loadTheme(), { config, cwd: repoRoot, env: {} });
    const diffs = plan.entries.filter((e) => e.kind === 'diff');
    expect(diffs).toHaveLength(27);
    for (const entry of diffs) {
      const [older = '', newer = ''] = (entry.files.json ?? '').replace('.diff.json', '').split('--');
      expect(projectOf(older), entry.files.json).toBe(projectOf(newer));
    }
    expect(plan.entries.filter((e) => e.kind === 'history')).toHaveLength(3);
    const index = plan.texts.find((t) => t.path === 'index.html')?.content ?? '';
    expect(index).toContain('<th scope="col">Sequence</th>');
    expect(index).toContain('Reports: 30 reports in 3 sequences');
    const cells = new Set([...index.matchAll(/<td class="sequence">([^<]*)<\/td>/g)].map((m) => m[1]));
    expect([...cells].map((c) => /orion|atlas|helios/i.exec(c ?? '')?.[0].toLowerCase()).sort()).toEqual(['atlas', 'helios', 'orion']);
    expect(cells.has('Atlas Data Pipeline')).toBe(true);
  });

  it('takes explicit sequences from the config file first', () => {
    const first = named.slice(0, 2).map((r) => r.input);
    const sequences = groupSequences(named, [{ name: 'hand-picked', reports: first }]);
    expect(sequences[0]).toEqual({ name: 'hand-picked', members: [0, 1], rule: 'config' });
    expect(sequences.slice(1).reduce((n, s) => n + s.members.length, 0)).toBe(28);
  });
});

describe('build on a mixed folder from the command line', () => {
  const dir = mkdtempSync(join(tmpdir(), 'phase-report-mixed-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes one history per sequence and no cross-sequence diff', async () => {
    const src = join(dir, 'in');
    const out = join(dir, 'out');
    mkdirSync(src);
    for (const { name, text } of mixedFolder().slice(0, 9)) {
      const path = join(src, name.split('/').at(-1) ?? name);
      writeFileSync(path, text, 'utf8');
    }
    const run = await runCli(['build', src, '--out', out, '--format', 'json']);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toContain('phase-report: 9 reports form 3 sequences; diffs and histories stay within each:');
    expect(run.stderr).toContain('  Atlas Data Pipeline (');
    const written = readdirSync(out);
    expect(written.filter((f) => f.endsWith('.history.json'))).toHaveLength(3);
    const diffs = written.filter((f) => f.endsWith('.diff.json'));
    expect(diffs).toHaveLength(6);
    for (const file of diffs) {
      const d = JSON.parse(readFileSync(join(out, file), 'utf8')) as { older: { title: string }; newer: { title: string } };
      const project = (title: string) => /orion|atlas|helios/i.exec(title)?.[0].toLowerCase();
      expect(project(d.older.title), file).toBe(project(d.newer.title));
    }
  });
});
