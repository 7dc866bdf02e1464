import type { Browser } from 'puppeteer-core';
import type { WithBrowserOptions } from './withBrowser.js';

/** A browser started ahead of the PDFs that will need it, e.g. while the reports are still being rendered. */
export interface StartedBrowser {
  /** The browser once started; rejects as withBrowser does (PhaseReportError 'browser', or the interrupted error). */
  readonly ready: Promise<Browser>;
  /**
   * Settles once the browser process is being started (puppeteer loaded) or
   * failed to: from then on the browser starts on its own, whatever this
   * thread does. Never rejects.
   */
  readonly starting: Promise<void>;
  /** Ends the browser and removes its profile folder; safe to call more than once and when it never started; never throws. */
  close(): Promise<void>;
}

/**
 * Starts a browser now, through withBrowser (so it is found, killed on
 * `options.signal` and cleaned up the same way), and keeps it until
 * `close()`. Starting Chromium takes a few hundred milliseconds that a
 * one-report rebuild can spend rendering instead. Loads withBrowser (and so
 * puppeteer) only when called. The caller must always call `close()`.
 */
export function startBrowser(options: WithBrowserOptions): StartedBrowser {
  let release = (): void => undefined;
  const released = new Promise<void>((done) => {
    release = done;
  });
  // a signal kills the browser (withBrowser); then stop holding it, so withBrowser can settle
  const onAbort = (): void => release();
  options.signal?.addEventListener('abort', onAbort, { once: true });
  let running: Promise<void> = Promise.resolve();
  let onStarting = (): void => undefined;
  const starting = new Promise<void>((done) => {
    onStarting = done;
  });
  const ready = new Promise<Browser>((resolve, reject) => {
    running = import('./withBrowser.js').then(({ withBrowser }) =>
      withBrowser({ ...options, onStarting: () => { onStarting(); options.onStarting?.(); } }, async (browser) => {
        resolve(browser);
        await released;
      }),
    );
    running.catch(reject);
  });
  void running.finally(onStarting).catch(() => undefined);
  // whoever uses the browser sees the failure; an unused one must not make an unhandled rejection
  ready.catch(() => undefined);
  return {
    ready,
    starting,
    close: async () => {
      options.signal?.removeEventListener('abort', onAbort);
      release();
      await running.catch(() => undefined);
    },
  };
}
