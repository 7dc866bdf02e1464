import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Manifest } from '../../src/run/manifest.js';
import { repoRoot } from '../helpers/paths.js';
import { runCli } from '../helpers/runCli.js';

const tmp = mkdtempSync(join(tmpdir(), 'phase-report-build-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** A project folder holding a copy of fixtures/sequence (phase 4..7). */
function project(name: string): string {
  const cwd = join(tmp, name);
  cpSync(join(repoRoot, 'fixtures', 'sequence'), join(cwd, 'reports'), { recursive: true });
  return cwd;
}

async function build(cwd: string, ...args: string[]): Promise<Manifest> {
  const run = await runCli(['build', 'reports', '-f', 'html,md', '--json', ...args], { cwd });
  expect(run.code, run.stderr).toBe(0);
  return JSON.parse(run.stdout) as Manifest;
}

const written = (m: Manifest) => m.outputs.filter((o) => o.written).map((o) => basename(o.path)).sort();

/** Replace one line's text in a copied report, after checking the line is there. */
function edit(cwd: string, name: string, from: string, to: string): void {
  const file = join(cwd, 'reports', name);
  const text = readFileSync(file, 'utf8');
  expect(text).toContain(from);
  writeFileSync(file, text.replace(from, to));
}

describe('build with the cache (.cache/phase-report)', () => {
  it('a second run with nothing changed writes nothing and says every output is cached', async () => {
    const cwd = project('unchanged');
    const first = await build(cwd);
    expect(first.outputs.every((o) => o.status === 'rebuilt' && o.written)).toBe(true);
    expect(first.outputs.find((o) => basename(o.path) === 'phase-5.html')).toMatchObject({ kind: 'html', source: 'reports/phase-5.md' });
    expect(first.outputs.find((o) => basename(o.path) === 'phase-4--phase-5.diff.html')?.source).toBe('reports/phase-4.md -> reports/phase-5.md');
    const second = await build(cwd);
    expect(second.outputs.map((o) => o.path)).toEqual(first.outputs.map((o) => o.path));
    expect(second.outputs.filter((o) => o.written || o.status !== 'cached')).toEqual([]);
    expect(readdirSync(join(cwd, '.cache', 'phase-report')).sort()).toEqual(['entries', 'outputs']);
  });

  it('one report changed: only its outputs and its two diffs are written (the history and index do not show the status line)', async () => {
    const cwd = project('one-changed');
    await build(cwd);
    // phase-5.md line 6 says "**Status:** Remediation In Progress"; a new status changes the report and its two diffs
    edit(cwd, 'phase-5.md', '**Status:** Remediation In Progress', '**Status:** Remediation Complete');
    const after = await build(cwd);
    expect(written(after)).toEqual([
      'phase-4--phase-5.diff.html', 'phase-4--phase-5.diff.md',
      'phase-5--phase-6.diff.html', 'phase-5--phase-6.diff.md',
      'phase-5.html', 'phase-5.md',
    ]);
    expect(after.outputs.find((o) => basename(o.path) === 'phase-6.html')?.status).toBe('cached');
  });

  it('one metric changed: its report, its two diffs and the history are written, nothing else (not the index, the next draft or another report)', async () => {
    const cwd = project('one-metric');
    const before = await build(cwd);
    // phase-6.md line 17: "- **Test Success Rate**: from 84% to 93.5%"; the value is in the phase 6 report, both its diffs and the history's metric series
    edit(cwd, 'phase-6.md', '**Test Success Rate**: from 84% to 93.5%', '**Test Success Rate**: from 84% to 94.5%');
    const after = await build(cwd);
    expect(written(after)).toEqual([
      'history.html', 'history.md',
      'phase-5--phase-6.diff.html', 'phase-5--phase-6.diff.md',
      'phase-6--phase-7.diff.html', 'phase-6--phase-7.diff.md',
      // phase-6.md (its markdown) is not written: it lists the gate of line 25 ("currently 93.5%"), not this metric, so its bytes did not change
      'phase-6.html',
    ]);
    expect(after.outputs.map((o) => o.path)).toEqual(before.outputs.map((o) => o.path));
    expect(readFileSync(join(cwd, 'out', 'history.md'), 'utf8')).toContain('94.5%');
  });

  it('a deleted output is written again from memory; --no-cache rebuilds and writes everything', async () => {
    const cwd = project('no-cache');
    await build(cwd);
    rmSync(join(cwd, 'out', 'phase-6.html'));
    expect(written(await build(cwd))).toEqual(['phase-6.html']);
    const all = await build(cwd, '--no-cache');
    expect(all.outputs.every((o) => o.written && o.status === 'rebuilt')).toBe(true);
  });
});
