import { readdirSync, readFileSync } from 'node:fs';

/**
 * Kills, with SIGKILL, the whole process group of every process started with
 * `marker` on its command line (the run's own `--user-data-dir`), and the
 * process itself. Puppeteer starts the browser detached, so its renderers,
 * zygotes and, for a stub script, its children share the group. Works while
 * puppeteer has not yet handed over the browser (a launch that hangs).
 * Linux reads /proc; elsewhere only `pid` (when known) is killed. Never throws.
 */
export function killBrowserGroup(marker: string | undefined, pid?: number): void {
  const pids = new Set<number>(pid === undefined ? [] : [pid]);
  if (marker !== undefined && marker.length > 20) for (const found of processesWith(marker)) pids.add(found);
  for (const p of pids) {
    signal(-p);
    signal(p);
  }
}

/** Whether some process still has `marker` on its command line. */
export function browserAlive(marker: string): boolean {
  return processesWith(marker).length > 0;
}

function processesWith(marker: string): number[] {
  let entries: string[];
  try {
    entries = readdirSync('/proc');
  } catch {
    return [];
  }
  const found: number[] = [];
  for (const entry of entries) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (readFileSync(`/proc/${entry}/cmdline`, 'utf8').includes(marker)) found.push(Number(entry));
    } catch {
      // the process ended meanwhile
    }
  }
  return found;
}

function signal(pid: number): void {
  try {
    process.kill(pid, 'SIGKILL');
  } catch {
    // already gone, or not ours
  }
}
