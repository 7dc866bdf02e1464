/**
 * Where phase-report looks for a Chrome or Chromium browser, in order, after
 * an explicit path and the environment variable. First executable file wins.
 */
export const SYSTEM_BROWSER_PATHS: readonly string[] = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

/** The environment variable naming a browser (puppeteer's own name for it). */
export const BROWSER_ENV_VAR = 'PUPPETEER_EXECUTABLE_PATH';

/** Appended to every "no browser" error: the ways to get one. */
export const BROWSER_INSTALL_HINT =
  'Install one with `npm run setup` (Debian/Ubuntu), or `apt-get install chromium`, ' +
  `or point ${BROWSER_ENV_VAR} at a Chrome/Chromium executable.`;
