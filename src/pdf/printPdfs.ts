import type { Browser } from 'puppeteer-core';
import { writeFileAtomic } from '../io/writeFileAtomic.js';
import type { FindBrowserOptions } from './findBrowser.js';
import { mapLimit } from './mapLimit.js';
import { DEFAULT_CONCURRENCY, DEFAULT_PAGE_SIZE, DEFAULT_PAGE_TIMEOUT_MS, type PageSize } from './policy/pageLayout.js';
import { interruptedError } from './interruptedError.js';
import { printPdf } from './printPdf.js';
import type { StartedBrowser } from './startBrowser.js';
import { withBrowser } from './withBrowser.js';

export interface PdfJob {
  html: string;
  outPath: string;
  title: string;
  /** CreationDate/ModDate of the PDF (default: the Unix epoch, never the clock). */
  date?: Date;
}

export interface PrintPdfsOptions extends FindBrowserOptions {
  /** Documents printing at once (default 2). */
  concurrency?: number;
  pageSize?: PageSize;
  /** Limit per document (default 60 s). */
  timeoutMs?: number;
  launchTimeoutMs?: number;
  /** Aborting closes the browser and ends the run; finished PDFs stay, no partial file is left. */
  signal?: AbortSignal;
  /** Called for each browser started (a crash makes a second one). */
  onLaunch?: (browser: Browser) => void;
  /** A browser started earlier (startBrowser) to print the first round with instead of launching one; closed when that round ends. */
  started?: StartedBrowser;
}

export interface PdfJobResult {
  outPath: string;
  bytes: number;
  /** Time to print and write this document. */
  ms: number;
  blockedRequests: string[];
}

/** A job that could not be printed, after the one retry a crash earns. */
export interface PdfJobFailure {
  outPath: string;
  /** One line, naming no path (the path is `outPath`). */
  reason: string;
  error: unknown;
}

export interface PrintPdfsResult {
  results: PdfJobResult[];
  /** Jobs that failed, in job order; the others were written. */
  failures: PdfJobFailure[];
  /** Browsers started for the run (1 when all went well, 2 after a crash). */
  browserLaunches: number;
  /** Wall time of the whole run, browser start included. */
  totalMs: number;
}

interface Pending {
  job: PdfJob;
  index: number;
}

/**
 * Prints every job to its outPath with one browser, a bounded number of pages
 * at a time. Each PDF is written atomically, so an interrupted or failed run
 * leaves complete files or none. A job that fails because the browser or its
 * renderer crashed is retried once, after the rest, in a freshly launched
 * browser; a job that still fails is listed in `failures` and the batch goes
 * on. Results keep the order of `jobs`.
 * @throws PhaseReportError ('browser') when no browser starts at all, or the interrupted error on abort.
 */
export async function printPdfs(jobs: readonly PdfJob[], options: PrintPdfsOptions = {}): Promise<PrintPdfsResult> {
  const started = performance.now();
  if (jobs.length === 0) return { results: [], failures: [], browserLaunches: 0, totalMs: 0 };
  let browserLaunches = 0;
  const onLaunch = (browser: Browser): void => {
    browserLaunches += 1;
    options.onLaunch?.(browser);
  };
  const done: Array<PdfJobResult | undefined> = [];
  const failures: Array<PdfJobFailure & { index: number }> = [];
  let pending: Pending[] = jobs.map((job, index) => ({ job, index }));
  for (let attempt = 1; attempt <= 2 && pending.length > 0; attempt++) {
    const crashed: Pending[] = [];
    const round = pending;
    // the longest documents first, so that no long one starts last while the other pages idle
    const longestFirst = [...round].sort((a, b) => b.job.html.length - a.job.html.length || a.index - b.index);
    const print = async (browser: Browser): Promise<void> => {
      await mapLimit(longestFirst, options.concurrency ?? DEFAULT_CONCURRENCY, async (item) => {
        try {
          done[item.index] = await printJob(browser, item.job, options);
        } catch (error) {
          if (options.signal?.aborted === true) throw error;
          if (attempt === 1 && (isCrash(error) || !browser.connected)) crashed.push(item);
          else failures.push(failure(item, error));
        }
      }, options.signal);
    };
    const run = attempt === 1 && options.started !== undefined ? withStarted(options.started, options.signal, onLaunch, print) : withBrowser({ ...options, onLaunch }, print);
    if (attempt === 1) await run;
    else await run.catch((error: unknown) => {
      if (options.signal?.aborted === true) throw error;
      for (const item of round) failures.push(failure(item, error));
    });
    pending = crashed.sort((a, b) => a.index - b.index);
  }
  return {
    results: done.filter((r) => r !== undefined),
    failures: failures.sort((a, b) => a.index - b.index).map(({ outPath, reason, error }) => ({ outPath, reason, error })),
    browserLaunches,
    totalMs: performance.now() - started,
  };
}

/** Runs `fn` with the browser started earlier, then closes it (as withBrowser does with the one it starts). */
async function withStarted(started: StartedBrowser, signal: AbortSignal | undefined, onLaunch: (browser: Browser) => void, fn: (browser: Browser) => Promise<void>): Promise<void> {
  try {
    const browser = await started.ready;
    onLaunch(browser);
    await fn(browser);
  } catch (error) {
    if (signal?.aborted === true) throw interruptedError(signal);
    throw error;
  } finally {
    await started.close();
  }
}

/** Errors of a dead browser or renderer, worth one retry in a new browser. */
function isCrash(error: unknown): boolean {
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause.message : '';
  const message = `${error instanceof Error ? error.message : String(error)} ${cause}`;
  return /target closed|crashed|session closed|connection closed|disconnected|protocol error|browser has been closed|page has been closed/i.test(message);
}

function failure(item: Pending, error: unknown): PdfJobFailure & { index: number } {
  const reason = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
  return { index: item.index, outPath: item.job.outPath, reason, error };
}

async function printJob(browser: Browser, job: PdfJob, options: PrintPdfsOptions): Promise<PdfJobResult> {
  const started = performance.now();
  const printed = await printPdf(browser, job.html, {
    title: job.title,
    name: job.outPath,
    date: job.date,
    pageSize: options.pageSize ?? DEFAULT_PAGE_SIZE,
    timeoutMs: options.timeoutMs ?? DEFAULT_PAGE_TIMEOUT_MS,
    ...(options.signal === undefined ? {} : { signal: options.signal }),
  });
  options.signal?.throwIfAborted();
  await writeFileAtomic(job.outPath, printed.pdf);
  return {
    outPath: job.outPath,
    bytes: printed.pdf.byteLength,
    ms: performance.now() - started,
    blockedRequests: printed.blockedRequests,
  };
}
