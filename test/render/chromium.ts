/** Open rendered HTML in real headless Chromium and record what the page did. */
import type { Browser, Page } from 'puppeteer-core';
import puppeteer from 'puppeteer-core';

export interface PageLog {
  /** console errors and uncaught page errors */
  readonly errors: string[];
  /** every request the page tried to make (all are aborted) */
  readonly requests: string[];
  /** alert/confirm/prompt dialogs the page opened */
  readonly dialogs: string[];
}

/** Chromium from PUPPETEER_EXECUTABLE_PATH, else the Debian package. */
const executablePath = process.env['PUPPETEER_EXECUTABLE_PATH'] ?? '/usr/bin/chromium';
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-component-update'];

/**
 * Launch Chromium, load `html` with every request intercepted (logged and
 * aborted), run `check` on the page, and close the browser in any case.
 */
export async function inChromium<T>(html: string, check: (page: Page, log: PageLog) => Promise<T>): Promise<T> {
  let browser: Browser | undefined;
  try {
    browser = await puppeteer.launch({ executablePath, args: ARGS, headless: true });
    const page = await browser.newPage();
    const log: PageLog = { errors: [], requests: [], dialogs: [] };
    page.on('console', (message) => {
      if (message.type() === 'error') log.errors.push(message.text());
    });
    page.on('pageerror', (error) => log.errors.push(String(error)));
    page.on('dialog', (dialog) => {
      log.dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      log.requests.push(request.url());
      void request.abort();
    });
    await page.setViewport({ width: 1200, height: 900 });
    await page.setContent(html, { waitUntil: 'load', timeout: 30_000 });
    return await check(page, log);
  } finally {
    await browser?.close();
  }
}
