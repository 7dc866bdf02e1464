import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/paths.js';
import { runCli } from '../helpers/runCli.js';

/**
 * The command line users run is a bundle of the sources (package.json "bin",
 * made by scripts/bundle.mjs in `npm run build`). Bundled into a folder of
 * this package, it builds the fixtures, on two worker threads, into the same
 * bytes as the sources do in-process.
 */
mkdirSync(join(repoRoot, '.tmp'), { recursive: true });
const work = mkdtempSync(join(repoRoot, '.tmp', 'bundle-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const bin = join(work, 'bundle', 'phase-report.js');
const packageJson = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { version: string; bin: Record<string, string> };

beforeAll(() => {
  execFileSync(process.execPath, [join(repoRoot, 'scripts', 'bundle.mjs'), join(work, 'bundle')], { stdio: 'pipe' });
}, 60_000);

describe('the bundled command line', () => {
  it('is what package.json runs, and knows its version', () => {
    expect(packageJson.bin['phase-report']).toBe('./dist/bundle/phase-report.js');
    expect(readFileSync(bin, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
    // the worker threads' entry, next to the CLI, where openPool looks for it
    expect(existsSync(join(work, 'bundle', 'reportWorker.js'))).toBe(true);
    expect(execFileSync(process.execPath, [bin, '--version'], { encoding: 'utf8' }).trim()).toBe(packageJson.version);
  });

  it('builds the fixtures with worker threads into the same HTML and markdown as the sources', async () => {
    const fixtures = join(repoRoot, 'fixtures', 'sequence');
    const bundled = join(work, 'out-bundle');
    const manifest = execFileSync(process.execPath, [bin, 'build', fixtures, '-o', bundled, '-f', 'html', '--workers', '2', '--no-cache', '--quiet', '--json'], { encoding: 'utf8' });
    const sources = join(work, 'out-sources');
    const run = await runCli(['build', fixtures, '-o', sources, '-f', 'html', '--no-cache', '--quiet']);
    expect(run.code, run.stderr).toBe(0);
    const files = readdirSync(sources).sort();
    expect(readdirSync(bundled).sort()).toEqual(files);
    expect(files).toEqual(expect.arrayContaining(['index.html', 'history.html', 'phase-6--phase-7.diff.html', 'phase-7.next.md']));
    for (const file of files) expect(readFileSync(join(bundled, file)).equals(readFileSync(join(sources, file))), file).toBe(true);
    expect((JSON.parse(manifest) as { outputs: unknown[] }).outputs).toHaveLength(files.length);
  }, 60_000);
});
