/** PDF stage: prints self-contained report HTML to PDF with a system Chromium. */
export { findBrowser, type FindBrowserOptions } from './findBrowser.js';
export { launchBrowser, type LaunchBrowserOptions } from './launchBrowser.js';
export { withBrowser, type WithBrowserOptions } from './withBrowser.js';
export { printPdf, type PrintPdfOptions, type PrintedPdf } from './printPdf.js';
export { printPdfs, type PdfJob, type PdfJobResult, type PrintPdfsOptions, type PrintPdfsResult } from './printPdfs.js';
export { PAGE_SIZES, DEFAULT_PAGE_SIZE, type PageSize } from './policy/pageLayout.js';
export { SYSTEM_BROWSER_PATHS, BROWSER_ENV_VAR } from './policy/browserPaths.js';
