import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/resolveConfig.js';
import { loadTheme } from '../../src/render/index.js';
import { buildSite } from '../../src/run/buildSite.js';
import { openBuildCache } from '../../src/run/cache/buildCache.js';
import type { OutputPlan } from '../../src/run/types.js';

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

  it('tells onPlan of each plan it makes, as soon as it is made (report, diff, history, next draft), and of none taken from the cache', async () => {
    const theme = await loadTheme();
    const context = { config: resolveConfig({ out: join(dir, 'out-plans') }, {}, ['html']), cwd: dir, env: {} };
    const cache = openBuildCache(join(dir, 'cache-plans'));
    const told: string[][] = [];
    const options = { cache, version: 'test', onPlan: (plan: OutputPlan) => told.push(plan.texts.map((t) => t.path)) };
    const site = await buildSite([first, second], theme, context, options);
    const made = told.flat().sort();
    // every file of the site but the index was told of, once
    expect(made).toEqual(site.plan.texts.map((t) => t.path).filter((p) => p !== 'index.html').sort());
    expect(made).toEqual(expect.arrayContaining(['phase-1.html', 'phase-2.html', 'phase-1--phase-2.diff.html', 'history.html', 'phase-2.next.html']));
    told.length = 0;
    await buildSite([first, { ...second, text: second.text.replace('Second.', 'Second, changed.') }], theme, context, options);
    // the changed report, its diff, the history and the next draft: not the unchanged first report
    expect(told.flat()).not.toContain('phase-1.html');
    expect(told.flat()).toEqual(expect.arrayContaining(['phase-2.html', 'phase-1--phase-2.diff.html', 'history.html', 'phase-2.next.html']));
    told.length = 0;
    await buildSite([first, { ...second, text: second.text.replace('Second.', 'Second, changed.') }], theme, context, options);
    expect(told).toEqual([]);
  });
});

