/**
 * Command-line flags phase-report adds to the ones puppeteer 24 already sets
 * (puppeteer adds --disable-background-networking, --disable-sync,
 * --disable-default-apps, --disable-extensions, --disable-dev-shm-usage,
 * --no-first-run, --metrics-recording-only, --disable-breakpad, ...).
 */
export const LAUNCH_ARGS: readonly string[] = [
  // The browser only prints our own HTML with JavaScript off and every request
  // blocked; root (CI, containers) cannot start the sandbox at all.
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-component-update',
  '--disable-domain-reliability',
  '--no-pings',
  // Second wall behind request interception: no host name resolves.
  '--host-resolver-rules=MAP * ~NOTFOUND',
];

/**
 * Renderer processes the browser may start: one per core. Without a limit
 * every page starts its own (100-150 ms each on a 2-core machine); with it,
 * pages beyond the limit share one, which kept the cores just as busy when
 * several documents print at once (see DEFAULT_CONCURRENCY).
 */
export function rendererLimitArg(cores: number): string {
  return `--renderer-process-limit=${Math.max(1, Math.floor(cores))}`;
}

/** How long starting the browser may take before its process group is killed: a real Chromium answers in 1-2 s. */
export const DEFAULT_LAUNCH_TIMEOUT_MS = 10_000;

/** How long closing the browser may take before its process is killed. */
export const CLOSE_TIMEOUT_MS = 5_000;
