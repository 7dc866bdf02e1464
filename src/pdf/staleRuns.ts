import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { killBrowserGroup } from './browserGroup.js';

/** Prefix of the per-run browser folders in the system temp folder. */
export const RUN_FOLDER_PREFIX = 'phase-report-browser-';
/** File in a run folder naming the pid of the phase-report process that owns it. */
export const OWNER_FILE = 'owner.pid';

/**
 * Removes what a phase-report run killed with SIGKILL (which no handler can
 * catch) left behind: run folders in `temp` whose owner process is gone, and
 * any browser still running with that folder's profile. Folders without an
 * owner file are not ours and are left alone. Never throws.
 */
export function removeStaleRuns(temp: string): void {
  let entries: string[];
  try {
    entries = readdirSync(temp).filter((name) => name.startsWith(RUN_FOLDER_PREFIX));
  } catch {
    return;
  }
  for (const name of entries) {
    const folder = join(temp, name);
    const owner = ownerOf(folder);
    if (owner === undefined || running(owner)) continue;
    killBrowserGroup(`--user-data-dir=${join(folder, 'profile')}`);
    rmSync(folder, { recursive: true, force: true, maxRetries: 2 });
  }
}

function ownerOf(folder: string): number | undefined {
  try {
    const pid = Number(readFileSync(join(folder, OWNER_FILE), 'utf8').trim());
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: alive, but another user's
    return typeof error === 'object' && error !== null && 'code' in error && error.code === 'EPERM';
  }
}
