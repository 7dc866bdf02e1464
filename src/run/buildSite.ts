import { resolve } from 'node:path';
import type { Config } from '../config/configSchema.js';
import type { Theme } from '../render/index.js';
import type { BuildCache } from './cache/buildCache.js';
import { cacheKey, sha256, stableJson } from './cache/hash.js';
import { themeKey } from './cache/themeKey.js';
import type { NamedReport } from './loadReports.js';
import { outputName } from './outputName.js';
import { type BuildHooks, planBuild } from './planBuild.js';
import { type ReportResult, type ReportTask } from './reportJob.js';
import { renderReports } from './pool/renderReports.js';
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
 * seen before, the rest across the worker pool; then diffs, history, the
 * next-update draft and the index from the models (planBuild). A shard does
 * its slice of the reports only.
 */
export async function buildSite(inputs: ReadonlyArray<{ name: string; text: string }>, theme: Theme, context: RunContext, options: BuildSiteOptions): Promise<BuiltSite> {
  const config: Config = { ...context.config, failOn: [] };
  const settings = cacheKey(options.version, await themeKey(config.templates), configKey(config, context.timestamp));
  const taken = new Set<string>();
  const all = inputs.map((input) => ({ ...input, outputName: outputName(input.name, taken) }));
  const mine = options.shard ? all.filter((i) => shardOf(i.text, options.shard?.count ?? 1) === options.shard?.index) : all;
  const keyed = mine.map((i) => ({ ...i, key: cacheKey('report', settings, i.name, i.outputName, i.text) }));
  const hits = await Promise.all(keyed.map((i) => options.cache?.readEntry<ReportResult>(i.key)));
  const tasks: ReportTask[] = keyed.flatMap((i, n) => (hits[n] ? [] : [{ input: i.name, name: i.outputName, text: i.text, config, ...(context.timestamp === undefined ? {} : { timestamp: context.timestamp }) }]));
  let done = 0;
  const made = await renderReports(tasks, theme, {
    workers: config.workers,
    onDone: (task) => options.onReport?.(task.input, (done += 1), tasks.length),
    ...(context.signal ? { signal: context.signal } : {}),
  });
  const madeByName = new Map(made.map((result, n) => [tasks[n]?.name ?? '', result]));
  const reports: BuiltReport[] = [];
  for (const [n, i] of keyed.entries()) {
    const hit = hits[n];
    const result = hit ?? madeByName.get(i.outputName);
    if (result === undefined) continue;
    if (!hit) await options.cache?.writeEntry(i.key, result);
    reports.push({ input: i.name, name: i.outputName, report: result.report, key: i.key, plan: result.plan, cached: hit !== undefined });
  }
  const fromCache = new Set(reports.filter((r) => r.cached).flatMap((r) => pathsOf(r.plan)));
  if (options.shard) {
    const plan = { texts: reports.flatMap((r) => r.plan.texts), pdfs: reports.flatMap((r) => r.plan.pdfs), entries: [], failures: [] };
    return { plan, reports, fromCache, names: all.map((i) => i.outputName) };
  }
  const plans = new Map(reports.map((r) => [r.name, r.plan]));
  const memo = await openMemo(options.cache, cacheKey(settings, configKey(context.config, context.timestamp)), resolve(context.cwd, context.config.out), reports);
  const plan = planBuild(reports, theme, context, { reportPlan: (r) => plans.get(r.name) ?? emptyPlan(), ...(memo ? { memo: memo.memo } : {}) });
  await memo?.save();
  for (const path of memo?.reused ?? []) fromCache.add(path);
  return { plan, reports, fromCache, names: all.map((i) => i.outputName) };
}

function pathsOf(plan: OutputPlan): string[] {
  return [...plan.texts, ...plan.pdfs].map((o) => o.path);
}

/** A memoised job as stored: its plan and the output names of the history order. */
interface StoredPlan {
  readonly plan: OutputPlan;
  readonly ordered: string[];
}

/**
 * Diffs, the history and the next draft of the last build into this output
 * folder, by a key of their inputs (the keys of the reports they read and
 * every setting): a job whose inputs did not change is not planned again.
 */
async function openMemo(cache: BuildCache | undefined, settings: string, outDir: string, reports: readonly BuiltReport[]) {
  if (!cache) return undefined;
  const id = cacheKey('derived', outDir);
  const previous = (await cache.readEntry<Record<string, StoredPlan>>(id)) ?? {};
  const used: Record<string, StoredPlan> = {};
  const keys = new Map(reports.map((r) => [r.name, r.key]));
  const byName = new Map(reports.map((r) => [r.name, r]));
  const reused: string[] = [];
  const memo: NonNullable<BuildHooks['memo']> = (kind, inputs, make) => {
    const key = cacheKey(kind, settings, ...inputs.map((r) => keys.get(r.name) ?? r.name));
    const hit = previous[key];
    const ordered = hit?.ordered.flatMap((name) => byName.get(name) ?? []);
    if (hit && ordered?.length === hit.ordered.length) {
      used[key] = hit;
      reused.push(...pathsOf(hit.plan));
      return { plan: hit.plan, ordered };
    }
    const made = make();
    used[key] = { plan: made.plan, ordered: made.ordered.map((r) => r.name) };
    return made;
  };
  return { memo, reused, save: () => cache.writeEntry(id, used) };
}
