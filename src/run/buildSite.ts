import { resolve } from 'node:path';
import type { Config } from '../config/configSchema.js';
import type { Theme } from '../render/index.js';
import type { BuildCache } from './cache/buildCache.js';
import { cacheKey, sha256, stableJson } from './cache/hash.js';
import { themeKey } from './cache/themeKey.js';
import type { NamedReport } from './loadReports.js';
import { outputName } from './outputName.js';
import { openDerived } from './derivedPlans.js';
import { planBuild } from './planBuild.js';
import { openPool } from './pool/openPool.js';
import type { ReportResult, ReportTask } from './reportJob.js';
import { type OutputPlan, type RunContext, emptyPlan } from './types.js';

/** `--shard i/n`: this run does the i-th of n slices (1-based). */
export interface Shard {
  readonly index: number;
  readonly count: number;
}

export interface BuildSiteOptions {
  readonly cache: BuildCache | undefined;
  /** the tool's version: part of every cache key */
  readonly version: string;
  readonly shard?: Shard | undefined;
  /** each report parsed and rendered (not taken from the cache) */
  readonly onReport?: (input: string, done: number, total: number) => void;
  /**
   * told once, before any rendering, how many reports the cache does not have
   * (only when some; known from the cache's index, before its entries are
   * read); rendering waits for what it returns
   */
  readonly onMisses?: (count: number) => Promise<void> | void;
  /** told of each plan this run makes (a report's, a diff's, a history's, a next draft's) as soon as it is made, e.g. to print its PDFs early */
  readonly onPlan?: (plan: OutputPlan) => void;
}

/** One report of a build: its input, output name, model, outputs, and whether they came from the cache. */
export interface BuiltReport extends NamedReport {
  readonly key: string;
  readonly plan: OutputPlan;
  readonly cached: boolean;
}

export interface BuiltSite {
  /** everything to write (a shard: its reports' outputs only) */
  readonly plan: OutputPlan;
  readonly reports: BuiltReport[];
  /** outputs whose content came from the cache */
  readonly fromCache: Set<string>;
  /** the output name of every input, in input order (also those of other shards) */
  readonly names: string[];
}

/** Settings that do not change what a report renders to: where outputs go, how fast, which browser prints. */
const NOT_IN_KEY: ReadonlySet<string> = new Set<keyof Config>(['out', 'cache', 'workers', 'concurrency', 'timeout', 'browser', 'maxSize']);

/** The settings that change outputs, as one string for cache keys. */
export function configKey(config: Config, timestamp: string | undefined): string {
  const kept = Object.fromEntries(Object.entries(config).filter(([key]) => !NOT_IN_KEY.has(key)));
  return stableJson({ ...kept, timestamp: timestamp ?? null });
}

/** Which shard a report belongs to: by the hash of its bytes, so the slice is stable whatever the order or count of inputs. */
export function shardOf(text: string, count: number): number {
  return (Number.parseInt(sha256(text).slice(0, 8), 16) % count) + 1;
}

/**
 * `build`: every report parsed and rendered once per distinct input (bytes,
 * output name, theme, settings, tool version), taken from the cache when
 * seen before, the rest across the worker pool; then the histories, diffs
 * and next-update drafts (on the pool too) and the index from the models
 * (planBuild), each reused when its inputs did not change. A shard does its
 * slice of the reports only.
 */
export async function buildSite(inputs: ReadonlyArray<{ name: string; text: string }>, theme: Theme, context: RunContext, options: BuildSiteOptions): Promise<BuiltSite> {
  const config: Config = { ...context.config, failOn: [] };
  const settings = cacheKey(options.version, await themeKey(config.templates), configKey(config, context.timestamp));
  const taken = new Set<string>();
  const all = inputs.map((input) => ({ ...input, outputName: outputName(input.name, taken) }));
  const names = all.map((i) => i.outputName);
  const mine = options.shard ? all.filter((i) => shardOf(i.text, options.shard?.count ?? 1) === options.shard?.index) : all;
  const keyed = mine.map((i) => ({ ...i, key: cacheKey('report', settings, i.name, i.outputName, i.text) }));
  // the misses are known from the cache's index first, so that whatever waits for them (the browser) starts before the entries are read
  const stored = await Promise.all(keyed.map(async (i) => (await options.cache?.hasEntry(i.key)) === true));
  const unknown = stored.filter((s) => !s).length;
  if (unknown > 0) await options.onMisses?.(unknown);
  const hits = await Promise.all(keyed.map(async (i, n) => (stored[n] === true ? options.cache?.readEntry<ReportResult>(i.key) : undefined)));
  const misses = keyed.filter((_, n) => hits[n] === undefined);
  // an entry stored but damaged is a miss found only now
  if (unknown === 0 && misses.length > 0) await options.onMisses?.(misses.length);
  // a changed report changes up to two diffs: about three tasks each
  const pool = await openPool(theme, { workers: config.workers, tasks: options.shard ? misses.length : misses.length * 3, ...(context.signal ? { signal: context.signal } : {}) });
  try {
    let done = 0;
    const made = await Promise.all(
      misses.map(async (i) => {
        const task: ReportTask = { kind: 'report', input: i.name, name: i.outputName, text: i.text, config, ...(context.timestamp === undefined ? {} : { timestamp: context.timestamp }) };
        const result = await pool.run(task);
        options.onPlan?.(result.plan);
        options.onReport?.(i.name, (done += 1), misses.length);
        await options.cache?.writeEntry(i.key, result);
        return [i.key, result] as const;
      }),
    );
    const results = new Map(made);
    const reports: BuiltReport[] = keyed.flatMap((i, n) => {
      const result = hits[n] ?? results.get(i.key);
      return result ? [{ input: i.name, name: i.outputName, report: result.report, key: i.key, plan: result.plan, cached: hits[n] !== undefined }] : [];
    });
    const fromCache = new Set(reports.filter((r) => r.cached).flatMap((r) => pathsOf(r.plan)));
    if (options.shard) {
      return { plan: { texts: reports.flatMap((r) => r.plan.texts), pdfs: reports.flatMap((r) => r.plan.pdfs), entries: [], failures: [] }, reports, fromCache, names };
    }
    const derived = await openDerived(options.cache, cacheKey(settings, configKey(context.config, context.timestamp)), resolve(context.cwd, context.config.out), reports);
    await derived.prepare(pool, context.config, context.timestamp, options.onPlan);
    const plans = new Map(reports.map((r) => [r.name, r.plan]));
    const plan = planBuild(reports, theme, context, { reportPlan: (r) => plans.get(r.name) ?? emptyPlan(), memo: derived.memo });
    await derived.save();
    for (const path of derived.reused) fromCache.add(path);
    return { plan, reports, fromCache, names };
  } finally {
    await pool.close();
  }
}

function pathsOf(plan: OutputPlan): string[] {
  return [...plan.texts, ...plan.pdfs].map((o) => o.path);
}
