import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { repoRoot } from '../helpers/paths.js';

const tmp = mkdtempSync(join(tmpdir(), 'phase-report-watch-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

async function until(check: () => boolean, what: string): Promise<void> {
  for (let waited = 0; !check(); waited += 50) {
    if (waited > 45_000) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('build --watch', () => {
  it('builds, rebuilds the changed report when a file is saved, and stops on abort', { timeout: 120_000 }, async () => {
    cpSync(join(repoRoot, 'fixtures', 'sequence'), join(tmp, 'reports'), { recursive: true });
    const controller = new AbortController();
    let stderr = '';
    const running = main(['build', 'reports', '-f', 'html', '--watch'], {
      cwd: tmp, env: process.env, stdout: () => undefined, stderr: (t) => (stderr += t), readStdin: async () => '', signal: controller.signal,
    });
    await until(() => stderr.includes('watching for changes'), 'the first build');
    const page = join(tmp, 'out', 'phase-5.html');
    expect(existsSync(page)).toBe(true);
    const file = join(tmp, 'reports', 'phase-5.md');
    // phase-5.md line 3: "**Date:** March 17, 2025"
    writeFileSync(file, readFileSync(file, 'utf8').replace('**Date:** March 17, 2025', '**Date:** March 18, 2025'));
    const rebuild = () => stderr.slice(stderr.indexOf('changed: '));
    await until(() => stderr.includes('changed: ') && rebuild().includes('wrote out/phase-5.html'), 'the rebuild');
    expect(rebuild()).toMatch(/^changed: .*phase-5\.md\n/);
    expect(rebuild()).not.toContain('phase-6.html'); // the cache: unchanged reports are not written again
    expect(readFileSync(page, 'utf8')).toContain('2025-03-18');
    controller.abort();
    expect(await running).toBe(0);
  });
});
