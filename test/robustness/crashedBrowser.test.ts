import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Browser } from 'puppeteer-core';
import { afterAll, describe, expect, it } from 'vitest';
import { printPdfs, type PdfJob } from '../../src/pdf/index.js';

/**
 * Issue 11, case 6: a Chromium crash mid-batch used to stop the batch at
 * 10/30. Now the browser is relaunched once and the failed reports retried:
 * the real browser's process is killed (SIGKILL) once 8 PDFs are written.
 */
const folder = mkdtempSync(join(tmpdir(), 'phase-report-crash-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

function jobs(count: number, into: string = folder): PdfJob[] {
  return Array.from({ length: count }, (_, i) => ({
    html: `<!doctype html><title>R${i}</title><h1>Report ${i}</h1>${'<p>Body text of the report.</p>'.repeat(40)}`,
    outPath: join(into, `report-${String(i).padStart(2, '0')}.pdf`),
    title: `Report ${i}`,
  }));
}

describe('a 30-report PDF batch whose browser is killed mid-way', () => {
  it('relaunches once and writes all 30 PDFs (or names each failure)', async () => {
    const browsers: Browser[] = [];
    let killed = false;
    const watcher = setInterval(() => {
      const written = readdirSync(folder).filter((f) => f.endsWith('.pdf')).length;
      const first = browsers[0]?.process()?.pid;
      if (!killed && written >= 8 && first !== undefined) {
        killed = true;
        process.kill(first, 'SIGKILL');
      }
    }, 20);
    const run = await printPdfs(jobs(30), { concurrency: 2, onLaunch: (b: Browser) => browsers.push(b) }).finally(() => clearInterval(watcher));
    expect(killed).toBe(true);
    expect(run.browserLaunches).toBe(2);
    expect(run.results.length + run.failures.length).toBe(30);
    expect(run.failures.length).toBeLessThanOrEqual(1);
    for (const f of run.failures) expect(f.reason).not.toContain(f.outPath);
    for (const r of run.results) expect(existsSync(r.outPath)).toBe(true);
    expect(readdirSync(folder).filter((f) => f.endsWith('.pdf'))).toHaveLength(run.results.length);
    expect(readdirSync(folder).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  }, 120_000);
});

describe('a signal mid-batch (issue 11, cases 7 and 8)', () => {
  it('stops within a second, writes nothing after it, leaves no browser and no profile or org.chromium.* folder', async () => {
    const into = join(folder, 'aborted');
    mkdirSync(into);
    const controller = new AbortController();
    let browser: Browser | undefined;
    let abortedAt = 0;
    let atSignal = 0;
    const watcher = setInterval(() => {
      const written = readdirSync(into).filter((f) => f.endsWith('.pdf')).length;
      if (abortedAt === 0 && written >= 3) {
        atSignal = written;
        abortedAt = performance.now();
        controller.abort(new Error('stopped by SIGTERM'));
      }
    }, 10);
    const error = await printPdfs(jobs(30, into), { concurrency: 2, signal: controller.signal, onLaunch: (b: Browser) => (browser = b) }).then(
      () => undefined,
      (e: unknown) => e,
    );
    const stoppedAfter = performance.now() - abortedAt;
    clearInterval(watcher);
    expect(error).toMatchObject({ code: 'render', message: 'PDF printing was interrupted; no partial PDF was written.' });
    expect(stoppedAfter).toBeLessThan(1500);
    expect(readdirSync(into).filter((f) => f.endsWith('.pdf')).length).toBeLessThanOrEqual(atSignal + 2);
    expect(readdirSync(into).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    const profile = browser?.process()?.spawnargs.find((a) => a.startsWith('--user-data-dir='))?.slice('--user-data-dir='.length) ?? '';
    expect(profile).not.toBe('');
    expect(existsSync(dirname(profile))).toBe(false);
    const pid = browser?.process()?.pid ?? 0;
    expect(() => process.kill(pid, 0)).toThrow();
  }, 120_000);
});
