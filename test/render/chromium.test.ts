import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/parse/parse.js';
import { loadTheme, renderReportHtml } from '../../src/render/index.js';
import { repoRoot } from '../helpers/paths.js';
import { inChromium } from './chromium.js';
import { activeContent } from './pageProbes.js';

describe('the HTML in headless Chromium', () => {
  it('the XSS fixture renders inert: nothing runs, nothing loads, no handler or script survives', async () => {
    const source = readFileSync(join(repoRoot, 'fixtures', 'cases', 'xss', 'input.md'), 'utf8');
    const html = renderReportHtml(parse(source, { path: 'fixtures/cases/xss/input.md' }), await loadTheme());
    await inChromium(html, async (page, log) => {
      const dom = await page.evaluate(activeContent);
      expect(dom).toMatchObject({ scripts: 0, frames: 0, images: 0, forms: 0, styles: 1, handlers: [], badLinks: [] });
      expect(dom.text).toContain('[image: remote image]');
      expect(dom.text).toContain('fenced code is text');
      expect(log.dialogs).toEqual([]);
      expect(log.requests).toEqual([]);
      expect(log.errors).toEqual([]);
      expect(dom.title).toContain('<script>');
    });
  });
});
