import type { PDFMargin, PaperFormat } from 'puppeteer-core';

/** Paper sizes a report can be printed on. */
export const PAGE_SIZES = {
  A4: 'A4',
  Letter: 'Letter',
} as const satisfies Record<string, PaperFormat>;

export type PageSize = keyof typeof PAGE_SIZES;

export const DEFAULT_PAGE_SIZE: PageSize = 'A4';

/** Room for the running header and footer, and a comfortable text block. */
export const PAGE_MARGIN: Readonly<PDFMargin> = {
  top: '18mm',
  bottom: '18mm',
  left: '14mm',
  right: '14mm',
};

/** Inline style of the running header and footer (they see no page CSS). */
export const RUNNING_TEXT_STYLE =
  'box-sizing:border-box;width:100%;padding:0 14mm;font-family:sans-serif;font-size:8pt;color:#555;' +
  'display:flex;justify-content:space-between;';

/** How long one document may take to load and print. */
export const DEFAULT_PAGE_TIMEOUT_MS = 60_000;

/**
 * How many documents print at once in one browser. Printing waits on the
 * browser's processes talking to each other as much as on the CPU: four in
 * flight kept two cores busier than two (measured on a 2-core machine, cold
 * browser: 4 documents 0.75 s instead of 1.0 s, 20 documents 3.7 s instead of
 * 4.4 s; more than four gained little).
 */
export const DEFAULT_CONCURRENCY = 4;
