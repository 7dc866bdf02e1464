import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PhaseReportError } from '../../src/errors.js';
import { assertDistinctOutputs } from '../../src/run/distinctOutputs.js';
import { emptyPlan } from '../../src/run/types.js';
import { runCli } from '../helpers/runCli.js';

/** Issue 11, case 5: outputs silently overwrote each other (exit 0). */
const folder = mkdtempSync(join(tmpdir(), 'phase-report-names-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

function report(phase: number): string {
  return `# Phase ${phase} Report\n\n**Date**: 2025-0${phase}-01\n\n## Summary\n\nPhase ${phase} text.\n`;
}

describe('output names are planned once per run', () => {
  it('build of a folder holding index.md and history.md keeps both report pages beside index.html and history.html', async () => {
    const input = join(folder, 'reserved');
    mkdirSync(input);
    writeFileSync(join(input, 'index.md'), report(1));
    writeFileSync(join(input, 'history.md'), report(2));
    const out = join(folder, 'reserved-out');
    const run = await runCli(['build', input, '--out', out, '-f', 'html']);
    expect(run.code).toBe(0);
    const files = readdirSync(out).sort();
    expect(files).toEqual(['history-2.html', 'history-2.next.html', 'history-2.next.md', 'history.html', 'index-2--history-2.diff.html', 'index-2.html', 'index.html']);
    expect(readFileSync(join(out, 'index-2.html'), 'utf8')).toContain('Phase 1 text.');
    expect(readFileSync(join(out, 'history-2.html'), 'utf8')).toContain('Phase 2 text.');
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toContain('index-2.html');
  });

  it('render a.md a.evaluation.md -f json writes four distinct files', async () => {
    writeFileSync(join(folder, 'a.md'), report(1));
    writeFileSync(join(folder, 'a.evaluation.md'), report(2));
    const out = join(folder, 'eval-out');
    const run = await runCli(['render', join(folder, 'a.md'), join(folder, 'a.evaluation.md'), '-f', 'json', '--out', out]);
    expect(run.code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['a.evaluation-2.evaluation.json', 'a.evaluation-2.json', 'a.evaluation.json', 'a.json']);
    expect(JSON.parse(readFileSync(join(out, 'a.evaluation-2.json'), 'utf8')).meta.title.value).toBe('Phase 2 Report');
  });

  it('two plan entries with one path (any case) are refused before anything is written', () => {
    const plan = emptyPlan();
    plan.texts.push({ path: 'x.html', content: '1' }, { path: 'X.html', content: '2' });
    expect(() => assertDistinctOutputs(plan)).toThrow(PhaseReportError);
    expect(() => assertDistinctOutputs(plan)).toThrow(/would be written twice by this run/);
  });
});
