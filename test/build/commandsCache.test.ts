import { chmodSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Manifest } from '../../src/run/manifest.js';
import { repoRoot } from '../helpers/paths.js';
import { runCli } from '../helpers/runCli.js';

/**
 * render, diff, history and next use the build cache as build does: an output
 * whose bytes are already on disk is not written again, and a PDF printed
 * before from the same HTML is copied from the cache. A browser that cannot
 * start shows when a PDF had to be printed: exit 5.
 */
const tmp = mkdtempSync(join(tmpdir(), 'phase-report-cmd-cache-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const cwd = join(tmp, 'project');
cpSync(join(repoRoot, 'fixtures', 'sequence'), join(cwd, 'reports'), { recursive: true });
const noBrowser = join(tmp, 'no-browser');
writeFileSync(noBrowser, '#!/bin/sh\nexit 1\n');
chmodSync(noBrowser, 0o755);

async function run(...args: string[]): Promise<{ code: number; stderr: string; manifest: Manifest | undefined }> {
  const result = await runCli([...args, '--json', '--quiet'], { cwd });
  return { code: result.code, stderr: result.stderr, manifest: result.code === 0 ? (JSON.parse(result.stdout) as Manifest) : undefined };
}
const written = (m: Manifest | undefined) => (m?.outputs ?? []).filter((o) => o.written).map((o) => basename(o.path)).sort();
const statuses = (m: Manifest | undefined) => (m?.outputs ?? []).map((o) => `${basename(o.path)} ${o.status}`).sort();

describe('render with the cache', () => {
  it('writes nothing and needs no browser the second time; a deleted PDF comes back from the cache; a changed report is printed again', async () => {
    const first = await run('render', 'reports/phase-5.md', '-f', 'html,pdf');
    expect(first.code, first.stderr).toBe(0);
    expect(written(first.manifest)).toEqual(['phase-5.html', 'phase-5.pdf']);
    const again = await run('render', 'reports/phase-5.md', '-f', 'html,pdf', '--browser', noBrowser);
    expect(again.code, again.stderr).toBe(0);
    expect(written(again.manifest)).toEqual([]);
    expect(statuses(again.manifest)).toEqual(['phase-5.html cached', 'phase-5.pdf cached']);
    rmSync(join(cwd, 'out', 'phase-5.pdf'));
    const restored = await run('render', 'reports/phase-5.md', '-f', 'html,pdf', '--browser', noBrowser);
    expect(restored.code, restored.stderr).toBe(0);
    expect(written(restored.manifest)).toEqual(['phase-5.pdf']);
    expect(readFileSync(join(cwd, 'out', 'phase-5.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
    // --no-cache: printed again, so the browser is needed
    expect((await run('render', 'reports/phase-5.md', '-f', 'html,pdf', '--browser', noBrowser, '--no-cache')).code).toBe(5);
    // phase-5.md line 6: a new status changes the HTML, so the PDF must be printed again
    const file = join(cwd, 'reports', 'phase-5.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace('**Status:** Remediation In Progress', '**Status:** Remediation Complete'));
    expect((await run('render', 'reports/phase-5.md', '-f', 'html,pdf', '--browser', noBrowser)).code).toBe(5);
  }, 120_000);
});

describe('diff, history and next with the cache', () => {
  it('a second run writes nothing and needs no browser', async () => {
    const commands = [
      ['diff', 'reports/phase-6.md', 'reports/phase-7.md', '-f', 'html,pdf', '-o', 'out-diff'],
      ['history', 'reports', '-f', 'html,md', '-o', 'out-history'],
      ['next', 'reports/phase-7.md', '-f', 'md,html', '-o', 'out-next'],
    ];
    for (const args of commands) {
      const first = await run(...args);
      expect(first.code, first.stderr).toBe(0);
      expect(written(first.manifest).length).toBeGreaterThan(0);
      const again = await run(...args, '--browser', noBrowser);
      expect(again.code, again.stderr).toBe(0);
      expect(written(again.manifest)).toEqual([]);
      expect(again.manifest?.outputs.every((o) => o.status === 'cached')).toBe(true);
    }
  }, 120_000);
});
