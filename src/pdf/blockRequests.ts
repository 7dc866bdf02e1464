import type { HTTPRequest, Page } from 'puppeteer-core';
import { ALLOWED_URL_SCHEMES, BLOCKED_URL_MAX_CHARS } from './policy/requestPolicy.js';

/**
 * Turns on request interception for `page` and aborts every request whose
 * scheme is not in ALLOWED_URL_SCHEMES (network, file, ...), before it leaves
 * the browser. Returns the list the blocked URLs are appended to.
 */
export async function blockRequests(page: Page): Promise<string[]> {
  const blocked: string[] = [];
  await page.setRequestInterception(true);
  page.on('request', (request: HTTPRequest) => {
    if (request.isInterceptResolutionHandled()) return;
    const url = request.url();
    if (ALLOWED_URL_SCHEMES.some((scheme) => url.startsWith(scheme))) {
      request.continue().catch(() => undefined);
      return;
    }
    blocked.push(url.length > BLOCKED_URL_MAX_CHARS ? `${url.slice(0, BLOCKED_URL_MAX_CHARS)}…` : url);
    request.abort('blockedbyclient').catch(() => undefined);
  });
  return blocked;
}
