import type { Browser } from 'puppeteer-core';
import { PhaseReportError } from '../errors.js';
import { interruptedError } from './interruptedError.js';
import { DEFAULT_LAUNCH_TIMEOUT_MS, LAUNCH_ARGS } from './policy/launchArgs.js';

export interface LaunchBrowserOptions {
  /** How long the start may take (default 30 s). */
  launchTimeoutMs?: number;
  /** Aborting closes the browser, also while it is starting. */
  signal?: AbortSignal;
  /** Flags added after LAUNCH_ARGS. */
  extraArgs?: readonly string[];
}

/**
 * Starts a headless browser at `executablePath`. Puppeteer is imported here,
 * lazily, so runs that print no PDF never load it. Keeps no state and installs
 * no process signal handlers: the caller owns the browser and must close it
 * (see withBrowser).
 * @throws PhaseReportError code 'browser' when it does not start in time.
 */
export async function launchBrowser(executablePath: string, options: LaunchBrowserOptions = {}): Promise<Browser> {
  const { default: puppeteer } = await import('puppeteer-core');
  const timeout = options.launchTimeoutMs ?? DEFAULT_LAUNCH_TIMEOUT_MS;
  try {
    return await puppeteer.launch({
      executablePath,
      headless: true,
      pipe: true,
      args: [...LAUNCH_ARGS, ...(options.extraArgs ?? [])],
      timeout,
      // Puppeteer's own handlers would process.exit(130) on SIGINT; the CLI
      // aborts `signal` instead. If the node process dies anyway, the browser
      // exits on its own when the pipe closes.
      handleSIGINT: false,
      handleSIGTERM: false,
      handleSIGHUP: false,
      ...(options.signal === undefined ? {} : { signal: options.signal }),
    });
  } catch (error) {
    if (options.signal?.aborted === true) throw interruptedError(options.signal);
    const reason = error instanceof Error ? error.message : String(error);
    throw new PhaseReportError('browser', `Could not start the browser ${executablePath} within ${timeout} ms: ${reason}`, {
      cause: error,
    });
  }
}
