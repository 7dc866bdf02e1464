import type { Browser, Page } from 'puppeteer-core';
import { PhaseReportError } from '../errors.js';
import { blockRequests } from './blockRequests.js';
import { interruptedError } from './interruptedError.js';
import { pdfOptions } from './pdfOptions.js';
import { pinPdfDates } from './pinPdfDates.js';
import { pinPdfNodeIds } from './pinPdfNodeIds.js';
import { CLOSE_TIMEOUT_MS } from './policy/launchArgs.js';
import { DEFAULT_PDF_DATE } from './policy/pdfMetadata.js';
import { DEFAULT_PAGE_SIZE, DEFAULT_PAGE_TIMEOUT_MS, type PageSize } from './policy/pageLayout.js';
import { withTimeout } from './withTimeout.js';

export interface PrintPdfOptions {
  /** Report title, printed in the running header. */
  title: string;
  /** Names the document in errors (e.g. its output path); default: the title. */
  name?: string;
  /** Paper size (default A4). */
  pageSize?: PageSize;
  /** Limit for loading and printing this document (default 60 s). */
  timeoutMs?: number;
  /** CreationDate/ModDate of the PDF, e.g. the report's date (default: the Unix epoch, never the clock). */
  date?: Date;
  /** Aborting stops the wait at once (a killed browser may leave puppeteer waiting for a page for 30 s). */
  signal?: AbortSignal;
}

export interface PrintedPdf {
  pdf: Uint8Array;
  /** Requests the document tried to make; all were blocked. */
  blockedRequests: string[];
}

/**
 * Prints one self-contained HTML document to PDF bytes in a fresh page of
 * `browser`, with JavaScript off and every network or file request blocked.
 * The page is always closed. Same HTML and options give byte-identical PDFs.
 * @throws PhaseReportError code 'render' naming the document on failure or timeout.
 */
export async function printPdf(browser: Browser, html: string, options: PrintPdfOptions): Promise<PrintedPdf> {
  const name = options.name ?? options.title;
  const timeoutMs = options.timeoutMs ?? DEFAULT_PAGE_TIMEOUT_MS;
  let page: Page | undefined;
  const work = (async (): Promise<PrintedPdf> => {
    page = await browser.newPage();
    await page.setJavaScriptEnabled(false);
    const blockedRequests = await blockRequests(page);
    await page.setContent(html, { waitUntil: 'load', timeout: timeoutMs });
    const raw = await page.pdf(pdfOptions(options.title, options.pageSize ?? DEFAULT_PAGE_SIZE, timeoutMs));
    return { pdf: pinPdfNodeIds(pinPdfDates(raw, options.date ?? DEFAULT_PDF_DATE)), blockedRequests };
  })();
  try {
    const tooSlow = (waited: number): PhaseReportError =>
      new PhaseReportError('render', `printing to PDF took longer than ${timeoutMs} ms (stopped after ${waited} ms)`, { file: name });
    const { signal } = options;
    return await withTimeout(work, timeoutMs, tooSlow, signal === undefined ? undefined : { signal, onAbort: () => interruptedError(signal) });
  } catch (error) {
    // a timed-out print may still open its page later: close it once it settles
    void work.then(() => closePage(page), () => closePage(page));
    if (error instanceof PhaseReportError) throw error;
    // the message names no path: PhaseReportError.format() puts `file` in front once
    const reason = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
    throw new PhaseReportError('render', `printing to PDF failed: ${reason}`, { file: name, cause: error });
  } finally {
    // after a signal the browser is being killed: a page close could only wait out its timeout
    if (options.signal?.aborted === true) void closePage(page);
    else await closePage(page);
  }
}

async function closePage(page: Page | undefined): Promise<void> {
  if (page === undefined || page.isClosed()) return;
  await withTimeout(page.close(), CLOSE_TIMEOUT_MS, () => new Error('page did not close')).catch(() => undefined);
}
