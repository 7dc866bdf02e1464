import type { Browser } from 'puppeteer-core';
import { killBrowserGroup } from './browserGroup.js';
import { CLOSE_TIMEOUT_MS } from './policy/launchArgs.js';
import { withTimeout } from './withTimeout.js';

/**
 * Closes `browser` and waits for its process to end; then kills its whole
 * process group (and every process with `marker`, its profile flag, on the
 * command line) whatever happened, so no renderer outlives the run. Never throws.
 */
export async function closeBrowser(browser: Browser, timeoutMs: number = CLOSE_TIMEOUT_MS, marker?: string): Promise<void> {
  const pid = browser.process()?.pid;
  try {
    await withTimeout(browser.close(), timeoutMs, () => new Error('browser did not close in time'));
  } catch {
    // killed below
  }
  killBrowserGroup(marker, pid);
}
