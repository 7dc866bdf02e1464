import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Browser } from 'puppeteer-core';
import { afterAll, describe, expect, it } from 'vitest';
import { PhaseReportError } from '../../src/errors.js';
import { printPdfs } from '../../src/pdf/index.js';
import { startBrowser } from '../../src/pdf/startBrowser.js';

/** A browser started ahead of the PDFs (build starts it while it renders): printed with, then closed, nothing left. */
const folder = mkdtempSync(join(tmpdir(), 'phase-report-started-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const profileOf = (browser: Browser): string =>
  browser.process()?.spawnargs.find((a) => a.startsWith('--user-data-dir='))?.slice('--user-data-dir='.length) ?? '';

function ended(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return true;
  }
  return /^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
}

describe('startBrowser', () => {
  it('printPdfs prints with the started browser (no second launch) and closes it', async () => {
    const launched: Browser[] = [];
    const started = startBrowser({ onLaunch: (b) => launched.push(b) });
    const outPath = join(folder, 'one.pdf');
    const result = await printPdfs([{ html: '<!doctype html><title>One</title><h1>One</h1>', outPath, title: 'One' }], { started });
    expect(result.browserLaunches).toBe(1);
    expect(launched).toHaveLength(1);
    expect(result.failures).toEqual([]);
    expect(readFileSync(outPath).subarray(0, 5).toString()).toBe('%PDF-');
    const browser = launched[0] as Browser;
    expect(browser.connected).toBe(false);
    expect(existsSync(dirname(profileOf(browser)))).toBe(false);
    await started.close();
  }, 60_000);

  it('one never used is closed by close(): no process, no profile folder', async () => {
    const started = startBrowser({});
    const browser = await started.ready;
    const pid = browser.process()?.pid ?? 0;
    expect(pid).toBeGreaterThan(0);
    await started.close();
    await started.close();
    expect(ended(pid)).toBe(true);
    expect(existsSync(dirname(profileOf(browser)))).toBe(false);
  }, 60_000);

  it('one that cannot start: printPdfs fails with the browser error, close() does not throw', async () => {
    const stub = join(folder, 'exits');
    writeFileSync(stub, '#!/bin/sh\nexit 1\n');
    chmodSync(stub, 0o755);
    const started = startBrowser({ executablePath: stub });
    const outPath = join(folder, 'never.pdf');
    const error = await printPdfs([{ html: '<p>x</p>', outPath, title: 'x' }], { started }).then(() => undefined, (e: unknown) => e);
    expect(error).toBeInstanceOf(PhaseReportError);
    expect((error as PhaseReportError).code).toBe('browser');
    expect((error as PhaseReportError).message).toMatch(/^Could not start the browser .*exits: /);
    expect(existsSync(outPath)).toBe(false);
    await expect(started.close()).resolves.toBeUndefined();
  }, 60_000);

  it('a signal while it is held ends it at once', async () => {
    const controller = new AbortController();
    const started = startBrowser({ signal: controller.signal });
    const browser = await started.ready;
    const pid = browser.process()?.pid ?? 0;
    const at = performance.now();
    controller.abort(new Error('stopped by SIGINT'));
    await started.close();
    expect(performance.now() - at).toBeLessThan(1500);
    expect(ended(pid)).toBe(true);
    expect(existsSync(dirname(profileOf(browser)))).toBe(false);
  }, 60_000);
});
