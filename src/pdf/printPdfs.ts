import type { Browser } from 'puppeteer-core';
import { writeFileAtomic } from '../io/writeFileAtomic.js';
import type { FindBrowserOptions } from './findBrowser.js';
import { mapLimit } from './mapLimit.js';
import { DEFAULT_CONCURRENCY, DEFAULT_PAGE_SIZE, DEFAULT_PAGE_TIMEOUT_MS, type PageSize } from './policy/pageLayout.js';
import { printPdf } from './printPdf.js';
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
}

export interface PdfJobResult {
  outPath: string;
  bytes: number;
  /** Time to print and write this document. */
  ms: number;
  blockedRequests: string[];
}

export interface PrintPdfsResult {
  results: PdfJobResult[];
  /** Browsers started for the run (1 when all went well). */
  browserLaunches: number;
  /** Wall time of the whole run, browser start included. */
  totalMs: number;
}

/**
 * Prints every job to its outPath with one browser, a bounded number of pages
 * at a time. Each PDF is written atomically, so an interrupted or failed run
 * leaves complete files or none. Results keep the order of `jobs`.
 * @throws PhaseReportError ('browser', 'render' or 'output') for the first failure.
 */
export async function printPdfs(jobs: readonly PdfJob[], options: PrintPdfsOptions = {}): Promise<PrintPdfsResult> {
  const started = performance.now();
  if (jobs.length === 0) return { results: [], browserLaunches: 0, totalMs: 0 };
  let browserLaunches = 0;
  const onLaunch = (): void => {
    browserLaunches += 1;
  };
  const results = await withBrowser({ ...options, onLaunch }, (browser) =>
    mapLimit(jobs, options.concurrency ?? DEFAULT_CONCURRENCY, (job) => printJob(browser, job, options), options.signal),
  );
  return { results, browserLaunches, totalMs: performance.now() - started };
}

async function printJob(browser: Browser, job: PdfJob, options: PrintPdfsOptions): Promise<PdfJobResult> {
  const started = performance.now();
  const printed = await printPdf(browser, job.html, {
    title: job.title,
    name: job.outPath,
    date: job.date,
    pageSize: options.pageSize ?? DEFAULT_PAGE_SIZE,
    timeoutMs: options.timeoutMs ?? DEFAULT_PAGE_TIMEOUT_MS,
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
