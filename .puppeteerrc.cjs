/**
 * phase-report depends on puppeteer-core, which never downloads a browser; it finds a system Chromium
 * at run time (see src/pdf/findBrowser.ts). Should the optional peer `puppeteer` be installed in this
 * checkout, this keeps it from downloading Chrome too.
 */
module.exports = { skipDownload: true };
