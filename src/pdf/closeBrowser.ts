import type { Browser } from 'puppeteer-core';
import { CLOSE_TIMEOUT_MS } from './policy/launchArgs.js';
import { withTimeout } from './withTimeout.js';

/**
 * Closes `browser` and waits for its process to end; kills the process if
 * closing fails or takes longer than `timeoutMs`. Never throws.
 */
export async function closeBrowser(browser: Browser, timeoutMs: number = CLOSE_TIMEOUT_MS): Promise<void> {
  const child = browser.process();
  try {
    await withTimeout(browser.close(), timeoutMs, () => new Error('browser did not close in time'));
  } catch {
    child?.kill('SIGKILL');
  }
}
