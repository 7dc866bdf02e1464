import type { Config } from '../config/configSchema.js';
import { orderReports } from '../history/orderReports.js';
import type { BuildCache } from './cache/buildCache.js';
import { cacheKey } from './cache/hash.js';
import type { NamedReport } from './loadReports.js';
import { planSequences } from './planSequences.js';
import type { BuildHooks } from './planBuild.js';
import type { Pool } from './pool/openPool.js';
import type { DiffTask } from './reportJob.js';
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
  /** plan the diffs of consecutive reports on the pool before planBuild asks for them */
  prepareDiffs(pool: Pool, config: Config, timestamp: string | undefined): Promise<void>;
  /** keep this build's jobs for the next one (with a cache) */
  save(): Promise<void>;
}

/**
 * The diffs, history and next draft of a build (planBuild's memo), by a key
 * of their inputs: the keys of the reports they read and every setting. Jobs
 * of the last build into the same output folder are reused when their inputs
 * did not change (with a cache); diffs are planned across the worker pool
 * first, so planBuild only assembles them.
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
    async prepareDiffs(pool, config, timestamp) {
      // the same pairs as planBuild: consecutive reports in history order, within each sequence
      const html = config.formats.includes('html');
      const tasks: DiffTask[] = planSequences(reports, config).flatMap(({ reports: members }) => {
        const ordered = orderReports(members.map((r) => r.report)).ordered.flatMap((o) => members[o.inputIndex] ?? []);
        return ordered.slice(1).flatMap((newer, i) => {
        const older = ordered[i];
        if (!older || previous[keyOf('diff', [older, newer])]) return [];
        const links = html ? { older: `${older.name}.html`, newer: `${newer.name}.html` } : {};
        const bare = (r: NamedReport): NamedReport => ({ input: r.input, name: r.name, report: r.report });
        return [{ kind: 'diff', older: bare(older), newer: bare(newer), links, config: { ...config, failOn: [] }, ...(timestamp === undefined ? {} : { timestamp }) }];
        });
      });
      await Promise.all(tasks.map(async (task) => fresh.set(keyOf('diff', [task.older, task.newer]), { plan: await pool.run(task), ordered: [] })));
    },
    save: async () => cache?.writeEntry(id, used),
  };
}
