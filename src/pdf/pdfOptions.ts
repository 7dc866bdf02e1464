import type { PDFOptions } from 'puppeteer-core';
import { escapeHtml } from './escapeHtml.js';
import { PAGE_MARGIN, PAGE_SIZES, RUNNING_TEXT_STYLE, type PageSize } from './policy/pageLayout.js';

/**
 * puppeteer's page.pdf options for one report: paper size, backgrounds, a
 * running header with the (escaped) report title, a "Page X of Y" footer, a
 * tagged PDF with an outline (bookmarks) built from the headings.
 */
export function pdfOptions(title: string, pageSize: PageSize, timeoutMs: number): PDFOptions {
  const safeTitle = escapeHtml(title);
  return {
    format: PAGE_SIZES[pageSize],
    printBackground: true,
    displayHeaderFooter: true,
    headerTemplate: `<div style="${RUNNING_TEXT_STYLE}"><span>${safeTitle}</span></div>`,
    footerTemplate:
      `<div style="${RUNNING_TEXT_STYLE}"><span></span>` +
      '<span>Page <span class="pageNumber"></span> of <span class="totalPages"></span></span></div>',
    margin: { ...PAGE_MARGIN },
    outline: true,
    tagged: true,
    timeout: timeoutMs,
  };
}
