import { basename } from 'node:path';
import { renderIndexHtml, type Theme } from '../render/index.js';
import type { NamedReport } from './loadReports.js';
import { mergePlans } from './mergePlans.js';
import { planDiff } from './planDiff.js';
import { planHistory } from './planHistory.js';
import { planSequences } from './planSequences.js';
import { sequenceOrders } from './sequenceOrders.js';
import { planNext } from './planNext.js';
import { planRender } from './planRender.js';
import type { OutputPlan, RunContext } from './types.js';

/** How a caller (the cache, the worker pool, merge) supplies report outputs made elsewhere. */
export interface BuildHooks {
  /** the outputs of one report, as planRender would plan them with `failOn: []` */
  readonly reportPlan?: (report: NamedReport) => OutputPlan;
  /**
   * Reuse what was planned before from the same inputs (the cache): `kind`
   * and the reports it reads name the job; `make` plans it when not known.
   * `ordered` is the history order (empty for other kinds).
   */
  readonly memo?: (kind: 'history' | 'diff' | 'next', inputs: readonly NamedReport[], make: () => MemoPlan) => MemoPlan;
}

/** What a memoised job gives back: its plan and, for the history, the reports in history order. */
export interface MemoPlan {
  readonly plan: OutputPlan;
  readonly ordered: NamedReport[];
}

/**
 * The main job over a set of reports: the reports are grouped into sequences
 * (one project each: planSequences); for each sequence, each report, the diff
 * of each consecutive pair in history order (never across sequences), the
 * history and the next-update draft of its latest report; then an
 * `index.html` listing every output under its sequence and stating each
 * sequence's order and why (sequenceOrders). --fail-on judges the
 * latest report of each sequence against the one before it.
 */
export function planBuild(reports: readonly NamedReport[], theme: Theme, runContext: RunContext, hooks: BuildHooks = {}): OutputPlan {
  // --fail-on judges the latest report only (in planHistory): earlier phases do not fail today's run
  const context = { ...runContext, config: { ...runContext.config, failOn: [] } };
  const memo = hooks.memo ?? ((_kind, _inputs, make) => make());
  const html = context.config.formats.includes('html');
  const nextContext = { ...context, config: { ...context.config, formats: [...context.config.formats, 'md' as const] } };
  const sequences = planSequences(reports, runContext.config);
  const plans = sequences.flatMap((planned) => {
    const { plan: historyPlan, ordered } = memo('history', planned.reports, () => planHistory(planned, theme, runContext));
    const tag = (plan: OutputPlan): OutputPlan => ({ ...plan, entries: plan.entries.map((e) => ({ ...e, sequence: planned.sequence.name })) });
    const pairs = ordered.slice(1).map((newer, i) => {
      const older = ordered[i] ?? newer;
      const links = html ? { older: `${older.name}.html`, newer: `${newer.name}.html` } : {};
      return memo('diff', [older, newer], () => ({ plan: planDiff(older, newer, theme, context, links), ordered: [] })).plan;
    });
    const latest = ordered.at(-1);
    const previous = ordered.at(-2) ?? latest;
    const next = latest && previous ? [memo('next', [latest, previous], () => ({ plan: planNext(latest, ordered.at(-2) ?? null, theme, nextContext), ordered: [] })).plan] : [];
    const reportPlans = hooks.reportPlan ? mergePlans(ordered.map(hooks.reportPlan)) : planRender(ordered, theme, context);
    return [reportPlans, ...pairs, historyPlan, ...next].map(tag);
  });
  const merged = mergePlans(plans);
  const stamp = context.timestamp === undefined ? {} : { timestamp: context.timestamp };
  // index.html names inputs by base name: the page is published, the paths given on the command line are not
  const orders = sequenceOrders(sequences).map((o) => ({ ...o, reports: o.reports.map((r) => ({ ...r, input: basename(r.input) })) }));
  merged.texts.push({ path: 'index.html', content: renderIndexHtml(theme, merged.entries, { title: indexTitle(reports, sequences.length), orders, ...stamp }) });
  return merged;
}

function indexTitle(reports: readonly NamedReport[], sequences: number): string {
  const first = reports[0]?.report.meta.title?.value;
  if (sequences > 1) return `Reports: ${reports.length} reports in ${sequences} sequences`;
  return first === undefined ? 'phase-report outputs' : `Reports: ${first}${reports.length > 1 ? ` and ${reports.length - 1} more` : ''}`;
}
