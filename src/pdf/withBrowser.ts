import type { Browser } from 'puppeteer-core';
import { closeBrowser } from './closeBrowser.js';
import { findBrowser, type FindBrowserOptions } from './findBrowser.js';
import { interruptedError } from './interruptedError.js';
import { launchBrowser, type LaunchBrowserOptions } from './launchBrowser.js';

export interface WithBrowserOptions extends FindBrowserOptions, LaunchBrowserOptions {
  /** Called once for each browser started (the benchmark counts launches). */
  onLaunch?: (browser: Browser) => void;
}

/**
 * Finds and starts one browser, runs `fn` with it, and always closes it:
 * after success, after an error, and as soon as `options.signal` aborts (the
 * pages in use then fail, `fn` settles, and the run ends with an
 * "interrupted" PhaseReportError).
 */
export async function withBrowser<T>(options: WithBrowserOptions, fn: (browser: Browser) => Promise<T>): Promise<T> {
  const { signal } = options;
  // a function, not a narrowed property: the signal may abort while we wait
  const aborted = (): boolean => signal?.aborted === true;
  if (signal !== undefined && aborted()) throw interruptedError(signal);
  const browser = await launchBrowser(await findBrowser(options), options);
  options.onLaunch?.(browser);
  let closing: Promise<void> | undefined;
  const close = (): Promise<void> => (closing ??= closeBrowser(browser));
  const onAbort = (): void => void close();
  signal?.addEventListener('abort', onAbort, { once: true });
  try {
    if (signal !== undefined && aborted()) throw interruptedError(signal);
    return await fn(browser);
  } catch (error) {
    if (signal !== undefined && aborted()) throw interruptedError(signal);
    throw error;
  } finally {
    signal?.removeEventListener('abort', onAbort);
    await close();
  }
}
