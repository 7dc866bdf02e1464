/** The optional peer `puppeteer` (with its managed Chrome); named in a variable so it is not a build-time dependency. */
const OPTIONAL_PEER = 'puppeteer';

interface PuppeteerWithCache {
  default?: { executablePath?: () => string };
}

/**
 * The browser puppeteer would use from its own download cache
 * (~/.cache/puppeteer), or undefined. Only when the user installed the
 * optional peer `puppeteer`; loads it lazily and never throws: it may be
 * absent, configured without a download, or not resolve a path.
 */
export async function puppeteerCachedBrowser(): Promise<string | undefined> {
  try {
    const loaded = (await import(OPTIONAL_PEER)) as PuppeteerWithCache;
    const path = loaded.default?.executablePath?.() ?? '';
    return path === '' ? undefined : path;
  } catch {
    return undefined;
  }
}
