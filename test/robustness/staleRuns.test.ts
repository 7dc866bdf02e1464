import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { OWNER_FILE, removeStaleRuns, RUN_FOLDER_PREFIX } from '../../src/pdf/staleRuns.js';

/**
 * Issue 11, case 2: after `kill -9` of phase-report its browser was orphaned
 * with its profile folder. No handler survives SIGKILL, so the next run
 * removes what a dead run left.
 */
const temp = mkdtempSync(join(tmpdir(), 'phase-report-stale-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return false;
  }
}

describe('removeStaleRuns', () => {
  it('kills the orphaned browser group and removes the folder of a dead run, and leaves live and foreign folders alone', async () => {
    const deadPid = spawnSync('/bin/sh', ['-c', 'echo $$'], { encoding: 'utf8' }).stdout.trim();
    const stale = join(temp, `${RUN_FOLDER_PREFIX}dead`);
    mkdirSync(join(stale, 'profile'), { recursive: true });
    writeFileSync(join(stale, OWNER_FILE), `${deadPid}\n`);
    const orphan = spawn('/bin/sh', ['-c', 'sleep 60', `--user-data-dir=${join(stale, 'profile')}`], { detached: true, stdio: 'ignore' });
    const live = join(temp, `${RUN_FOLDER_PREFIX}live`);
    mkdirSync(live);
    writeFileSync(join(live, OWNER_FILE), `${process.pid}\n`);
    const foreign = join(temp, `${RUN_FOLDER_PREFIX}foreign`);
    mkdirSync(foreign);
    await new Promise((r) => setTimeout(r, 200));
    expect(alive(orphan.pid ?? 0)).toBe(true);

    removeStaleRuns(temp);

    for (let i = 0; i < 40 && alive(orphan.pid ?? 0); i++) await new Promise((r) => setTimeout(r, 50));
    expect(alive(orphan.pid ?? 0)).toBe(false);
    expect(existsSync(stale)).toBe(false);
    expect(existsSync(live)).toBe(true);
    expect(existsSync(foreign)).toBe(true);
  });
});
