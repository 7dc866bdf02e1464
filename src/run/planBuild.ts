import { renderIndexHtml, type Theme } from '../render/index.js';
import type { NamedReport } from './loadReports.js';
import { mergePlans } from './mergePlans.js';
import { planDiff } from './planDiff.js';
import { planHistory } from './planHistory.js';
import { planNext } from './planNext.js';
import { planRender } from './planRender.js';
import type { OutputPlan, RunContext } from './types.js';

/** How a caller (the cache, the worker pool, merge) supplies report outputs made elsewhere. */
export interface BuildHooks {
  /** the outputs of one report, as planRender would plan them with `failOn: []` */
  readonly reportPlan?: (report: NamedReport) => OutputPlan;
}

/**
 * The main job over a set of reports of one project: each report, the diff
 * of each consecutive pair (in history order), the history, the next-update
 * draft of the latest report, and an `index.html` linking them all.
 * --fail-on judges the latest report against the one before it.
 */
export function planBuild(reports: readonly NamedReport[], theme: Theme, runContext: RunContext, hooks: BuildHooks = {}): OutputPlan {
  // --fail-on judges the latest report only (in planHistory): earlier phases do not fail today's run
  const context = { ...runContext, config: { ...runContext.config, failOn: [] } };
  const { plan: historyPlan, ordered } = planHistory(reports, theme, runContext);
  const html = context.config.formats.includes('html');
  const pairs = ordered.slice(1).map((newer, i) => {
    const older = ordered[i] ?? newer;
    const links = html ? { older: `${older.name}.html`, newer: `${newer.name}.html` } : {};
    return planDiff(older, newer, theme, context, links);
  });
  const latest = ordered.at(-1);
  const next = latest ? [planNext(latest, ordered.at(-2) ?? null, theme, { ...context, config: { ...context.config, formats: [...context.config.formats, 'md'] } })] : [];
  const reportPlans = hooks.reportPlan ? mergePlans(ordered.map(hooks.reportPlan)) : planRender(ordered, theme, context);
  const merged = mergePlans([reportPlans, ...pairs, historyPlan, ...next]);
  const stamp = context.timestamp === undefined ? {} : { timestamp: context.timestamp };
  merged.texts.push({ path: 'index.html', content: renderIndexHtml(theme, merged.entries, { title: indexTitle(ordered), ...stamp }) });
  return merged;
}

function indexTitle(reports: readonly NamedReport[]): string {
  const first = reports[0]?.report.meta.title?.value;
  return first === undefined ? 'phase-report outputs' : `Reports: ${first}${reports.length > 1 ? ` and ${reports.length - 1} more` : ''}`;
}
