/**
 * The browser puppeteer would use from its own download cache
 * (~/.cache/puppeteer), or undefined. Loads puppeteer lazily and never throws:
 * puppeteer may be configured without a download, or not resolve a path.
 */
export async function puppeteerCachedBrowser(): Promise<string | undefined> {
  try {
    const { default: puppeteer } = await import('puppeteer');
    const path = puppeteer.executablePath();
    return path === '' ? undefined : path;
  } catch {
    return undefined;
  }
}
