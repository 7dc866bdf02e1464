/** The seed report (../shared/seeds) in headless Chromium: moved from test/render/chromium.test.ts. */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/parse/parse.js';
import { loadTheme, renderReportHtml } from '../../src/render/index.js';
import { repoRoot, seedText } from '../helpers/paths.js';
import { inChromium } from '../render/chromium.js';
import { danglingLinks, styleOf, textOf, visibleGateCells } from '../render/pageProbes.js';
import { sampleEvaluation } from '../render/factory.js';

const outDir = join(repoRoot, 'out', 'test', 'render');

describe('the seed HTML in headless Chromium', () => {
  it('seed: no console error, no request, key numbers visible; screenshots in light, dark and print', async () => {
    mkdirSync(outDir, { recursive: true });
    const html = renderReportHtml(parse(seedText(), { path: 'seed.md' }), await loadTheme(), { evaluation: sampleEvaluation() });
    await inChromium(html, async (page, log) => {
      const visible = await page.evaluate(visibleGateCells);
      expect(visible).toEqual(expect.arrayContaining(['Test Success Rate', '>95%', '~60%', 'Maintain 92%+', '<0.3%']));
      const title = await page.evaluate(textOf, 'h1');
      expect(title).toBe('Phase 6 Orchestration - Initial Assessment Report');
      const light = await page.evaluate(styleOf, 'body', 'backgroundColor');
      await page.screenshot({ path: join(outDir, 'seed.png'), fullPage: true });
      await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'dark' }]);
      const dark = await page.evaluate(styleOf, 'body', 'backgroundColor');
      expect(dark).not.toBe(light);
      await page.screenshot({ path: join(outDir, 'seed-dark.png'), fullPage: true });
      await page.emulateMediaType('print');
      expect(await page.evaluate(styleOf, 'body', 'backgroundColor')).toBe('rgb(255, 255, 255)');
      expect(await page.evaluate(styleOf, '.report-body', 'breakBefore')).toBe('page');
      await page.screenshot({ path: join(outDir, 'seed-print.png'), fullPage: true });
      expect(log.errors).toEqual([]);
      expect(log.requests).toEqual([]);
    });
    expect(readFileSync(join(outDir, 'seed.png')).subarray(1, 4).toString()).toBe('PNG');
  });

  it('every source link of the seed page scrolls to an element that exists', async () => {
    const html = renderReportHtml(parse(seedText(), { path: 'seed.md' }), await loadTheme());
    await inChromium(html, async (page) => {
      expect(await page.evaluate(danglingLinks)).toEqual([]);
    });
  });
});
