import type { Config } from '../config/configSchema.js';
import { orderReports } from '../history/orderReports.js';
import type { BuildCache } from './cache/buildCache.js';
import { cacheKey } from './cache/hash.js';
import type { NamedReport } from './loadReports.js';
import { planSequences } from './planSequences.js';
import type { BuildHooks } from './planBuild.js';
import type { Pool } from './pool/openPool.js';
import type { OutputPlan } from './types.js';

/** A report of the build with the cache key of its input. */
export interface KeyedReport extends NamedReport {
  readonly key: string;
}

/** A memoised job as stored: its plan and the output names of the history order. */
interface StoredPlan {
  readonly plan: OutputPlan;
  readonly ordered: string[];
}

export interface Derived {
  readonly memo: NonNullable<BuildHooks['memo']>;
  /** outputs of jobs taken from the last build */
  readonly reused: string[];
  /**
   * plan the histories, diffs and next drafts on the pool before planBuild
   * asks for them (`config`: the run's, --fail-on included); `onPlan` is told
   * of each as soon as it is made
   */
  prepare(pool: Pool, config: Config, timestamp: string | undefined, onPlan?: (plan: OutputPlan) => void): Promise<void>;
  /** keep this build's jobs for the next one (with a cache) */
  save(): Promise<void>;
}

/**
 * The diffs, history and next draft of a build (planBuild's memo), by a key
 * of their inputs: the keys of the reports they read and every setting. Jobs
 * of the last build into the same output folder are reused when their inputs
 * did not change (with a cache); histories, diffs and next drafts are
 * planned across the worker pool first, so planBuild only assembles them.
 */
export async function openDerived(cache: BuildCache | undefined, settings: string, outDir: string, reports: readonly KeyedReport[]): Promise<Derived> {
  const id = cacheKey('derived', outDir);
  const previous = (await cache?.readEntry<Record<string, StoredPlan>>(id)) ?? {};
  const fresh = new Map<string, StoredPlan>();
  const used: Record<string, StoredPlan> = {};
  const keys = new Map(reports.map((r) => [r.name, r.key]));
  const byName = new Map(reports.map((r) => [r.name, r]));
  const reused: string[] = [];
  const keyOf = (kind: string, inputs: readonly NamedReport[]) => cacheKey(kind, settings, ...inputs.map((r) => keys.get(r.name) ?? r.name));
  const memo: Derived['memo'] = (kind, inputs, make) => {
    const key = keyOf(kind, inputs);
    const hit = fresh.get(key) ?? previous[key];
    const ordered = hit?.ordered.flatMap((name) => byName.get(name) ?? []);
    if (hit && ordered?.length === hit.ordered.length) {
      used[key] = hit;
      if (!fresh.has(key)) reused.push(...[...hit.plan.texts, ...hit.plan.pdfs].map((o) => o.path));
      return { plan: hit.plan, ordered };
    }
    const made = make();
    used[key] = { plan: made.plan, ordered: made.ordered.map((r) => r.name) };
    return made;
  };
  return {
    memo,
    reused,
    async prepare(pool, runConfig, timestamp, onPlan) {
      // the same jobs as planBuild: per sequence its history, the diffs of consecutive reports in history order, the next draft of the latest
      const config = { ...runConfig, failOn: [] };
      const html = config.formats.includes('html');
      const stamp = timestamp === undefined ? {} : { timestamp };
      const bare = (r: NamedReport): NamedReport => ({ input: r.input, name: r.name, report: r.report });
      const jobs = planSequences(reports, config).flatMap((planned) => {
        const members = planned.reports;
        const ordered = orderReports(members.map((r) => r.report)).ordered.flatMap((o) => members[o.inputIndex] ?? []);
        const tasks: Array<Promise<unknown>> = [];
        const run = (key: string, make: () => Promise<StoredPlan>) => {
          if (previous[key]) return;
          tasks.push(
            make().then((made) => {
              fresh.set(key, made);
              onPlan?.(made.plan);
            }),
          );
        };
        run(keyOf('history', members), async () => pool.run({ kind: 'history', planned: { ...planned, reports: members.map(bare) }, config: runConfig, ...stamp }));
        ordered.slice(1).forEach((newer, i) => {
          const older = ordered[i];
          if (!older) return;
          const links = html ? { older: `${older.name}.html`, newer: `${newer.name}.html` } : {};
          run(keyOf('diff', [older, newer]), async () => ({ plan: await pool.run({ kind: 'diff', older: bare(older), newer: bare(newer), links, config, ...stamp }), ordered: [] }));
        });
        const latest = ordered.at(-1);
        const since = ordered.at(-2);
        if (latest) {
          const nextConfig = { ...config, formats: [...config.formats, 'md' as const] };
          run(keyOf('next', [latest, since ?? latest]), async () => ({ plan: await pool.run({ kind: 'next', latest: bare(latest), since: since ? bare(since) : null, config: nextConfig, ...stamp }), ordered: [] }));
        }
        return tasks;
      });
      await Promise.all(jobs);
    },
    save: async () => cache?.writeEntry(id, used),
  };
}
