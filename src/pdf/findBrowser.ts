import { PhaseReportError } from '../errors.js';
import { isExecutable } from './isExecutable.js';
import { BROWSER_ENV_VAR, BROWSER_INSTALL_HINT, SYSTEM_BROWSER_PATHS } from './policy/browserPaths.js';
import { puppeteerCachedBrowser } from './puppeteerCachedBrowser.js';

export interface FindBrowserOptions {
  /** A browser executable chosen by the user; wins over everything else. */
  executablePath?: string;
  /** Environment to read PUPPETEER_EXECUTABLE_PATH from (default: process.env). */
  env?: Record<string, string | undefined>;
  /** Known install locations to try (default: SYSTEM_BROWSER_PATHS). */
  systemPaths?: readonly string[];
  /** Last resort lookup (default: puppeteer's download cache). */
  cachedBrowser?: () => Promise<string | undefined>;
}

/**
 * Path of the Chrome/Chromium to print with: the explicit option, then
 * PUPPETEER_EXECUTABLE_PATH, then the system paths, then puppeteer's cache.
 * A path named by the user that is not executable is an error, not skipped.
 * Only checks files (no process is started), so it cannot hang.
 * @throws PhaseReportError code 'browser' when none is found.
 */
export async function findBrowser(options: FindBrowserOptions = {}): Promise<string> {
  const env = options.env ?? process.env;
  const named = chosenPath(options.executablePath, env[BROWSER_ENV_VAR]);
  if (named !== undefined) {
    if (isExecutable(named.path)) return named.path;
    throw new PhaseReportError('browser', `${named.source} ${named.path} is not an executable file. ${BROWSER_INSTALL_HINT}`);
  }
  const systemPaths = options.systemPaths ?? SYSTEM_BROWSER_PATHS;
  const system = systemPaths.find(isExecutable);
  if (system !== undefined) return system;
  const cached = await lookUpSafely(options.cachedBrowser ?? puppeteerCachedBrowser);
  if (cached !== undefined && isExecutable(cached)) return cached;
  const looked = [...systemPaths, "puppeteer's browser cache"].join(', ');
  throw new PhaseReportError('browser', `No Chrome or Chromium browser found (looked in: ${looked}). ${BROWSER_INSTALL_HINT}`);
}

function chosenPath(option: string | undefined, fromEnv: string | undefined): { path: string; source: string } | undefined {
  if (option !== undefined && option !== '') return { path: option, source: 'The browser path' };
  if (fromEnv !== undefined && fromEnv !== '') return { path: fromEnv, source: BROWSER_ENV_VAR };
  return undefined;
}

async function lookUpSafely(lookUp: () => Promise<string | undefined>): Promise<string | undefined> {
  try {
    return await lookUp();
  } catch {
    return undefined;
  }
}
