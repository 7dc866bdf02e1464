import type { Browser } from 'puppeteer-core';
import { killBrowserGroup } from './browserGroup.js';
import { CLOSE_TIMEOUT_MS } from './policy/launchArgs.js';
import { withTimeout } from './withTimeout.js';

/**
 * Ends `browser`: kills its whole process group (and every process with
 * `marker`, its profile flag, on the command line) and waits, at most
 * `timeoutMs`, for its process to end, so no renderer outlives the run. No
 * graceful close: the browser only printed, and its profile is a temp folder
 * removed next; a kill ends it in half the time. Never throws.
 */
export async function closeBrowser(browser: Browser, timeoutMs: number = CLOSE_TIMEOUT_MS, marker?: string): Promise<void> {
  const child = browser.process();
  const running = child !== null && child.exitCode === null && child.signalCode === null;
  const exited = running ? new Promise<void>((done) => child.once('exit', () => done())) : Promise.resolve();
  killBrowserGroup(marker, child?.pid);
  await withTimeout(exited, timeoutMs, () => new Error('browser did not end in time')).catch(() => undefined);
  // the pipe is gone with the process; let puppeteer drop the connection too
  await withTimeout(browser.disconnect(), timeoutMs, () => new Error('browser did not disconnect in time')).catch(() => undefined);
}
