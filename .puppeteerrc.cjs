/** Never download a browser: phase-report finds a system Chromium at run time (see src/pdf/findBrowser.ts). */
module.exports = { skipDownload: true };
