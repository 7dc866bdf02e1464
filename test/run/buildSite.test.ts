import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/resolveConfig.js';
import { loadTheme } from '../../src/render/index.js';
import { buildSite } from '../../src/run/buildSite.js';
import { openBuildCache } from '../../src/run/cache/buildCache.js';

/** buildSite says how many reports the cache lacks before it renders any, and waits for the answer (build starts the browser then). */
const dir = mkdtempSync(join(tmpdir(), 'phase-report-site-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const first = { name: 'reports/phase-1.md', text: '# Phase 1 Report\n\n**Status:** In progress\n\nFirst.\n' };
const second = { name: 'reports/phase-2.md', text: '# Phase 2 Report\n\n**Status:** Complete\n\nSecond.\n' };

describe('buildSite onMisses', () => {
  it('is told the misses before any report renders, rendering waits for it, and a run with nothing new does not call it', async () => {
    const theme = await loadTheme();
    const context = { config: resolveConfig({ out: join(dir, 'out') }, {}, ['html']), cwd: dir, env: {} };
    const cache = openBuildCache(join(dir, 'cache'));
    const events: string[] = [];
    const options = {
      cache,
      version: 'test',
      onMisses: async (count: number) => {
        events.push(`misses ${count}`);
        await new Promise((r) => setTimeout(r, 50));
        events.push('ready');
      },
      onReport: (input: string) => events.push(`rendered ${input}`),
    };
    await buildSite([first, second], theme, context, options);
    expect(events).toEqual(['misses 2', 'ready', 'rendered reports/phase-1.md', 'rendered reports/phase-2.md']);
    events.length = 0;
    const changed = [first, { ...second, text: second.text.replace('Second.', 'Second, changed.') }];
    await buildSite(changed, theme, context, options);
    expect(events).toEqual(['misses 1', 'ready', 'rendered reports/phase-2.md']);
    events.length = 0;
    await buildSite(changed, theme, context, options);
    expect(events).toEqual([]);
  });
});
