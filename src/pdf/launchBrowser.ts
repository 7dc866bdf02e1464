import { availableParallelism } from 'node:os';
import type { Browser } from 'puppeteer-core';
import { PhaseReportError } from '../errors.js';
import { killBrowserGroup } from './browserGroup.js';
import { interruptedError } from './interruptedError.js';
import { DEFAULT_LAUNCH_TIMEOUT_MS, LAUNCH_ARGS, rendererLimitArg } from './policy/launchArgs.js';
import { withTimeout } from './withTimeout.js';

export interface LaunchBrowserOptions {
  /** How long the start may take (default 10 s); then the browser's whole process group is killed. */
  launchTimeoutMs?: number;
  /** Aborting kills the browser, also while it is starting. */
  signal?: AbortSignal;
  /** Flags added after LAUNCH_ARGS. */
  extraArgs?: readonly string[];
  /** The browser profile folder (default: a temp folder puppeteer makes and removes). */
  profileDir?: string;
  /** The browser's TMPDIR, where Chromium puts its `org.chromium.*` folders (default: the system's). */
  tempDir?: string;
  /** Called once puppeteer is loaded and the browser process is being started (before it answers). */
  onStarting?: () => void;
}

/**
 * Starts a headless browser at `executablePath`. Puppeteer is imported here,
 * lazily, so runs that print no PDF never load it. Keeps no state and installs
 * no process signal handlers: the caller owns the browser and must close it
 * (see withBrowser). A start that does not answer in time, or is aborted, has
 * its process group killed (found by `profileDir` on its command line), also
 * when puppeteer itself would wait for minutes.
 * @throws PhaseReportError code 'browser' when it does not start in time.
 */
export async function launchBrowser(executablePath: string, options: LaunchBrowserOptions = {}): Promise<Browser> {
  const { default: puppeteer } = await import('puppeteer-core');
  const timeout = options.launchTimeoutMs ?? DEFAULT_LAUNCH_TIMEOUT_MS;
  const marker = options.profileDir === undefined ? undefined : `--user-data-dir=${options.profileDir}`;
  const launching = puppeteer.launch({
    executablePath,
    headless: true,
    pipe: true,
    args: [...LAUNCH_ARGS, rendererLimitArg(availableParallelism()), ...(options.extraArgs ?? [])],
    timeout,
    ...(options.profileDir === undefined ? {} : { userDataDir: options.profileDir }),
    ...(options.tempDir === undefined ? {} : { env: { ...process.env, TMPDIR: options.tempDir } }),
    // Puppeteer's own handlers would process.exit(130) on SIGINT; the CLI
    // aborts `signal` instead. If the node process dies anyway, the browser
    // exits on its own when the pipe closes.
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
  });
  options.onStarting?.();
  const abort = options.signal === undefined ? undefined : { signal: options.signal, onAbort: () => interruptedError(options.signal as AbortSignal) };
  try {
    return await withTimeout(launching, timeout, (waited) => new PhaseReportError('browser', `The browser ${executablePath} did not start: no answer after ${waited} ms (limit ${timeout} ms); it was killed.`), abort);
  } catch (error) {
    // a launch that settles later must not leave a browser behind
    void launching.then((late) => killBrowserGroup(marker, late.process()?.pid), () => undefined);
    if (marker !== undefined) killBrowserGroup(marker);
    if (options.signal?.aborted === true) throw interruptedError(options.signal);
    if (error instanceof PhaseReportError) throw error;
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new PhaseReportError('browser', `Could not start the browser ${executablePath}: ${reason}`, { cause: error });
  }
}
