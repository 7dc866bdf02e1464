import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Target } from 'puppeteer-core';
import { afterAll, describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/resolveConfig.js';
import { loadTheme } from '../../src/render/index.js';
import { openBuildCache } from '../../src/run/cache/buildCache.js';
import { earlyPrints, pdfKey } from '../../src/run/earlyPrints.js';
import { runPoolTask } from '../../src/run/reportJob.js';
import { startPdfBrowser, writePlan } from '../../src/run/writePlan.js';
import { repoRoot } from '../helpers/paths.js';

/**
 * build prints each PDF as soon as its HTML exists, while the rest renders
 * (earlyPrints), and writePlan writes those from memory: the same bytes as a
 * PDF printed by writePlan itself, each document printed once.
 */
const dir = mkdtempSync(join(tmpdir(), 'phase-report-early-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function reportPlan() {
  const theme = await loadTheme();
  const config = resolveConfig({}, {}, ['html', 'pdf']);
  const text = readFileSync(join(repoRoot, 'fixtures', 'sequence', 'phase-5.md'), 'utf8');
  return runPoolTask({ kind: 'report', input: 'phase-5.md', name: 'phase-5', text, config }, theme).plan;
}

const contextFor = (out: string) => ({ config: resolveConfig({ out, cache: join(dir, 'cache') }, {}, ['html', 'pdf']), cwd: dir, env: {} });

describe('earlyPrints', () => {
  it('writePlan writes a PDF printed early, byte for byte the one it prints itself, and prints nothing twice', async () => {
    const plan = await reportPlan();
    expect(plan.pdfs.map((p) => p.path)).toEqual(['phase-5.pdf']);
    const early = contextFor(join(dir, 'early'));
    const browser = startPdfBrowser(early);
    const pages: Target[] = [];
    void browser.ready.then((b) => b.on('targetcreated', (t: Target) => (t.type() === 'page' ? pages.push(t) : undefined)), () => undefined);
    const prints = earlyPrints(browser, early, { cache: undefined, version: 'test' });
    prints.offer(plan.pdfs);
    prints.offer(plan.pdfs);
    const written = await writePlan(plan, early, { browser, early: prints, version: 'test' }).finally(() => browser.close());
    expect(written.failures).toEqual([]);
    expect(written.browserLaunches).toBe(1);
    expect(pages).toHaveLength(1);
    expect(written.outputs.filter((o) => o.kind === 'pdf').map((o) => [o.path, o.status, o.written])).toEqual([[join(dir, 'early', 'phase-5.pdf'), 'rebuilt', true]]);
    const late = contextFor(join(dir, 'late'));
    await writePlan(plan, late, { version: 'test' });
    const bytes = readFileSync(join(dir, 'early', 'phase-5.pdf'));
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    expect(bytes.equals(readFileSync(join(dir, 'late', 'phase-5.pdf')))).toBe(true);
  }, 120_000);

  it('does not print what the PDF cache has, and a print that fails is left to writePlan (no error of its own)', async () => {
    const plan = await reportPlan();
    const context = contextFor(join(dir, 'cached'));
    const cache = openBuildCache(join(dir, 'cache'));
    await writePlan(plan, context, { cache, version: 'test' });
    const [pdf] = plan.pdfs;
    if (pdf === undefined) throw new Error('the plan has no PDF');
    const key = pdfKey(pdf, 'test', context.config.pageSize);
    expect(await cache.hasEntry(key)).toBe(true);
    // a browser that cannot start: an early print of an uncached document fails quietly; one in the cache is not even tried
    const stub = join(dir, 'exits');
    writeFileSync(stub, '#!/bin/sh\nexit 1\n');
    chmodSync(stub, 0o755);
    const broken = { ...context, config: { ...context.config, browser: stub } };
    const browser = startPdfBrowser(broken);
    const prints = earlyPrints(browser, broken, { cache, version: 'test' });
    const other = { ...pdf, path: 'other.pdf', html: pdf.html.replace('</body>', '<p>changed</p></body>') };
    prints.offer([pdf, other]);
    await expect(prints.take(key)).resolves.toBeUndefined();
    await expect(prints.take(pdfKey(other, 'test', 'A4'))).resolves.toBeUndefined();
    await expect(prints.take('never offered')).resolves.toBeUndefined();
    await browser.close();
  }, 120_000);
});
