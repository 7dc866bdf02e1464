import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, watch } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'puppeteer-core';
import { afterAll, describe, expect, it } from 'vitest';
import { PhaseReportError } from '../../src/errors.js';
import { printPdf, printPdfs, withBrowser } from '../../src/pdf/index.js';
import { pageCount } from './popplerTools.js';

const folder = mkdtempSync(join(tmpdir(), 'phase-report-browser-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

function processAlive(pid: number | undefined): boolean {
  if (pid === undefined) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe('withBrowser', () => {
  it('closes the browser and ends its process when the callback throws', async () => {
    let used: Browser | undefined;
    const failure = new Error('template exploded');
    await expect(
      withBrowser({}, async (browser) => {
        used = browser;
        await browser.newPage();
        throw failure;
      }),
    ).rejects.toBe(failure);
    expect(used?.connected).toBe(false);
    expect(processAlive(used?.process()?.pid)).toBe(false);
  });

  it('closes the browser when aborted mid-print and ends with an interrupted render error', async () => {
    const controller = new AbortController();
    let used: Browser | undefined;
    const run = withBrowser({ signal: controller.signal }, async (browser) => {
      used = browser;
      const printing = printPdf(browser, '<h1>Long</h1>'.repeat(5_000), { title: 'Long' });
      controller.abort(new Error('SIGINT'));
      return printing;
    });
    const error: unknown = await run.catch((reason: unknown) => reason);
    expect(error).toBeInstanceOf(PhaseReportError);
    expect((error as PhaseReportError).code).toBe('render');
    expect((error as PhaseReportError).message).toContain('interrupted');
    expect(used?.connected).toBe(false);
    expect(processAlive(used?.process()?.pid)).toBe(false);
  });

  it('installs no process signal handlers (the CLI owns SIGINT/SIGTERM)', async () => {
    const signals = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
    const before = signals.map((signal) => process.listenerCount(signal));
    const during = await withBrowser({}, async () => signals.map((signal) => process.listenerCount(signal)));
    expect(during).toEqual(before);
  });

  it('fails fast with a browser error when the executable is not a browser', async () => {
    const error: unknown = await withBrowser({ executablePath: '/bin/false', launchTimeoutMs: 10_000 }, async () => 'never').catch(
      (reason: unknown) => reason,
    );
    expect(error).toBeInstanceOf(PhaseReportError);
    expect((error as PhaseReportError).code).toBe('browser');
    expect((error as PhaseReportError).message).toContain('/bin/false');
  });
});

describe('printPdfs without work', () => {
  it('looks for no browser when there are no jobs', async () => {
    const run = await printPdfs([], { executablePath: '/nonexistent/chromium' });
    expect(run).toEqual({ results: [], failures: [], browserLaunches: 0, totalMs: 0 });
  });

  it('starts no browser and writes nothing when already aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    const outPath = join(folder, 'never.pdf');
    await expect(printPdfs([{ html: '<p>x</p>', outPath, title: 'x' }], { signal: controller.signal })).rejects.toMatchObject({
      code: 'render',
    });
    expect(existsSync(outPath)).toBe(false);
  });

  it('stops after an abort mid-run, leaving only complete PDFs and no temp files', async () => {
    const runFolder = join(folder, 'mid-run');
    mkdirSync(runFolder);
    const controller = new AbortController();
    const watcher = watch(runFolder, (_event, file) => {
      if (typeof file === 'string' && file.endsWith('.pdf') && !file.startsWith('.')) controller.abort(new Error('SIGTERM'));
    });
    const jobs = Array.from({ length: 6 }, (_, i) => ({
      html: `<h1>Document ${i}</h1>${'<p>paragraph</p>'.repeat(400)}`,
      outPath: join(runFolder, `doc-${i}.pdf`),
      title: `Document ${i}`,
    }));
    try {
      await expect(printPdfs(jobs, { concurrency: 1, signal: controller.signal })).rejects.toMatchObject({ code: 'render' });
    } finally {
      watcher.close();
    }
    const written = readdirSync(runFolder);
    expect(written.length).toBeGreaterThanOrEqual(1);
    expect(written.length).toBeLessThan(jobs.length);
    for (const file of written) {
      expect(file).toMatch(/^doc-\d\.pdf$/);
      expect(pageCount(join(runFolder, file))).toBeGreaterThanOrEqual(1);
    }
  });
});
