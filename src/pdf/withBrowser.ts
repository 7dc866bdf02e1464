import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'puppeteer-core';
import { killBrowserGroup } from './browserGroup.js';
import { closeBrowser } from './closeBrowser.js';
import { findBrowser, type FindBrowserOptions } from './findBrowser.js';
import { interruptedError } from './interruptedError.js';
import { launchBrowser, type LaunchBrowserOptions } from './launchBrowser.js';
import { OWNER_FILE, removeStaleRuns, RUN_FOLDER_PREFIX } from './staleRuns.js';

/** How long a killed browser's connection may take to close after a signal (the run stops within a second). */
const ABORTED_CLOSE_MS = 300;

export interface WithBrowserOptions extends FindBrowserOptions, Omit<LaunchBrowserOptions, 'profileDir' | 'tempDir'> {
  /** Called once for each browser started (the benchmark counts launches). */
  onLaunch?: (browser: Browser) => void;
}

/**
 * Finds and starts one browser, runs `fn` with it, and always ends it: after
 * success, after an error, and as soon as `options.signal` aborts (then its
 * process group is killed at once, the pages in use fail, `fn` settles, and
 * the run ends with an "interrupted" PhaseReportError). The browser's profile
 * and TMPDIR (with Chromium's `org.chromium.*` folders) live in one temp
 * folder of the run, removed at the end whatever happened (and, after a
 * SIGKILL of this process, by the next run: see staleRuns.ts).
 */
export async function withBrowser<T>(options: WithBrowserOptions, fn: (browser: Browser) => Promise<T>): Promise<T> {
  const { signal } = options;
  // a function, not a narrowed property: the signal may abort while we wait
  const aborted = (): boolean => signal?.aborted === true;
  if (signal !== undefined && aborted()) throw interruptedError(signal);
  const executablePath = await findBrowser(options);
  // what a run killed with SIGKILL left (no handler runs then) goes before this run starts
  removeStaleRuns(tmpdir());
  const folder = await mkdtemp(join(tmpdir(), RUN_FOLDER_PREFIX));
  await writeFile(join(folder, OWNER_FILE), `${process.pid}\n`);
  const profileDir = join(folder, 'profile');
  const marker = `--user-data-dir=${profileDir}`;
  let browser: Browser | undefined;
  const onAbort = (): void => killBrowserGroup(marker, browser?.process()?.pid);
  signal?.addEventListener('abort', onAbort, { once: true });
  try {
    browser = await launchBrowser(executablePath, { ...options, profileDir, tempDir: folder });
    options.onLaunch?.(browser);
    if (signal !== undefined && aborted()) throw interruptedError(signal);
    return await fn(browser);
  } catch (error) {
    if (signal !== undefined && aborted()) throw interruptedError(signal);
    throw error;
  } finally {
    signal?.removeEventListener('abort', onAbort);
    if (browser === undefined) killBrowserGroup(marker);
    // after a signal the group is already killed: do not wait the full close time for a dead browser
    else await closeBrowser(browser, aborted() ? ABORTED_CLOSE_MS : undefined, marker);
    await rm(folder, { recursive: true, force: true, maxRetries: 3 }).catch(() => undefined);
  }
}
