import { loadTheme } from '../../render/index.js';
import { buildSite } from '../../run/buildSite.js';
import { runCache } from '../../run/cache/buildCache.js';
import { sha256 } from '../../run/cache/hash.js';
import { sourceFinder } from '../../run/manifest.js';
import { SHARD_FILE, type ShardFile } from '../../run/shardFile.js';
import type { OutputPlan, RunContext } from '../../run/types.js';
import { planSequences } from '../../run/planSequences.js';
import { orderLines, sequenceOrders } from '../../run/sequenceOrders.js';
import { startPdfBrowser } from '../../run/writePlan.js';
import { type EarlyPrints, earlyPrints } from '../../run/earlyPrints.js';
import type { StartedBrowser } from '../../pdf/startBrowser.js';
import { expandInputs } from '../expandInputs.js';
import { STDOUT_OUT, finishRun } from '../finishRun.js';
import type { CliIo } from '../io.js';
import { progressLine } from '../progress.js';
import { readInput } from '../readInputs.js';
import { type OutputFlags, runContext } from '../runContext.js';
import { VERSION } from '../version.js';

/** `phase-report build <folder or files...>`: the main job (reports, diffs, history, next, index.html). */
export async function buildCommand(names: string[], flags: OutputFlags, io: CliIo): Promise<number> {
  if (flags.watch === true) {
    const { watchBuild } = await import('../watchBuild.js');
    return watchBuild(names, flags, io);
  }
  return buildOnce(names, flags, await runContext(flags, io, ['html', 'pdf']), io);
}

/**
 * One build: read, take what the cache has, render the rest across the worker
 * pool, write what changed. When a report must be rendered and PDFs are
 * wanted, the browser starts at once, while the rendering goes on.
 */
export async function buildOnce(names: string[], flags: OutputFlags, context: RunContext, io: CliIo): Promise<number> {
  const wantsPdf = context.config.formats.includes('pdf') && context.config.out !== STDOUT_OUT;
  let browser: StartedBrowser | undefined;
  try {
    return await buildWith(names, flags, context, io, () => {
      if (wantsPdf) browser ??= startPdfBrowser(context);
      return browser;
    });
  } finally {
    await browser?.close();
  }
}

/** The browser of a build that prints, once started, and the PDFs printed in it while the build renders. */
interface Printing {
  readonly browser: StartedBrowser;
  readonly early: EarlyPrints;
}

async function buildWith(names: string[], flags: OutputFlags, context: RunContext, io: CliIo, startBrowser: () => StartedBrowser | undefined): Promise<number> {
  const inputs = [];
  for (const file of await expandInputs(names, io.cwd)) inputs.push(await readInput(file, io, context.config.maxSize));
  const theme = await loadTheme(context.config.templates ?? undefined);
  const cache = runCache(context);
  const progress = progressLine(io, flags.quiet === true);
  let printing: Printing | undefined;
  const site = await buildSite(inputs, theme, context, {
    cache,
    version: VERSION,
    shard: flags.shard,
    onReport: (file, done, total) => progress.tick(file, done, total),
    // the browser process is started before the rendering, which then runs while the browser boots
    onMisses: async () => {
      const browser = startBrowser();
      if (browser === undefined) return;
      printing = { browser, early: earlyPrints(browser, context, { cache, version: VERSION }) };
      await browser.starting;
    },
    // each PDF starts printing as soon as its HTML exists, while the rest renders
    onPlan: (plan) => printing?.early.offer(plan.pdfs),
  }).finally(() => progress.end());
  const sequences = planSequences(site.reports, context.config);
  const orders = flags.shard ? undefined : sequenceOrders(sequences);
  if (!flags.shard && sequences.length > 1 && flags.quiet !== true) {
    io.stderr(`phase-report: ${site.reports.length} reports form ${sequences.length} sequences; diffs and histories stay within each:\n`);
    for (const s of sequences) io.stderr(`  ${s.sequence.name} (${s.reports.length} report${s.reports.length === 1 ? '' : 's'}, by ${s.sequence.rule})\n`);
  }
  if (orders !== undefined && flags.quiet !== true) for (const line of orderLines(orders.filter((o) => o.reports.length > 1))) io.stderr(`${line}\n`);
  let plan: OutputPlan = site.plan;
  if (flags.shard) {
    const shard: ShardFile = {
      tool: 'phase-report',
      version: VERSION,
      shard: flags.shard,
      inputs: inputs.map((input, n) => ({ input: input.name, name: site.names[n] ?? '', sha: sha256(input.text) })),
      reports: site.reports.map((r) => ({ input: r.input, name: r.name, report: r.report, entries: r.plan.entries.flatMap((e) => (e.kind === 'report' || e.kind === 'next' ? [{ ...e, kind: e.kind }] : [])), files: [...r.plan.texts, ...r.plan.pdfs].map((o) => o.path) })),
    };
    plan = { ...plan, texts: [...plan.texts, { path: SHARD_FILE, content: `${JSON.stringify(shard)}\n` }] };
  }
  return finishRun(plan, context, io, { cache, fromCache: site.fromCache, sourceOf: sourceFinder(site.reports), quiet: flags.quiet, json: flags.json, version: VERSION, browser: printing?.browser, early: printing?.early, ...(orders ? { sequences: orders } : {}) });
}
