import { mkdirSync, mkdtempSync, readdirSync, rmSync, watch } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/paths.js';
import { runCli } from '../helpers/runCli.js';

/** Issue 11, case 8: Ctrl-C during the HTML stage went on writing for 5-9 s. */
const folder = mkdtempSync(join(tmpdir(), 'phase-report-signal-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('a signal during the write stage', () => {
  it('starts no file after it: exit 130, one line saying how many were written before', async () => {
    const out = join(folder, 'out');
    mkdirSync(out);
    const controller = new AbortController();
    const watcher = watch(out, () => controller.abort(new Error('stopped by SIGINT')));
    const started = performance.now();
    const run = await runCli(['build', join(repoRoot, 'fixtures', 'sequence'), '-f', 'html,md,json', '--out', out], { signal: controller.signal });
    watcher.close();
    expect(run.code).toBe(130);
    expect(performance.now() - started).toBeLessThan(10_000);
    const written = readdirSync(out).filter((f) => !f.endsWith('.tmp'));
    expect(written.length).toBeLessThanOrEqual(2);
    expect(readdirSync(out).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    // build states its order before it writes anything (two lines); then the one line about the signal
    expect(run.stderr.replace(/^order: [^\n]*\n {2}\(ordered [^\n]*\)\n/, '')).toMatch(/^phase-report: stopped by a signal: [0-2] files were written before it, none after\n$/);
  });
});
