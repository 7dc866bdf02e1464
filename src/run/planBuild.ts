import { renderIndexHtml, type Theme } from '../render/index.js';
import type { NamedReport } from './loadReports.js';
import { mergePlans } from './mergePlans.js';
import { planDiff } from './planDiff.js';
import { planHistories } from './planHistory.js';
import { planNext } from './planNext.js';
import { planRender } from './planRender.js';
import type { OutputPlan, RunContext } from './types.js';

/**
 * The main job over a set of reports: the reports are grouped into sequences
 * (one project each: planSequences); for each sequence, each report, the diff
 * of each consecutive pair in history order (never across sequences), the
 * history and the next-update draft of its latest report; then an
 * `index.html` listing every output under its sequence. --fail-on judges the
 * latest report of each sequence against the one before it.
 */
export function planBuild(reports: readonly NamedReport[], theme: Theme, runContext: RunContext): OutputPlan {
  // --fail-on judges the latest report only (in planHistory): earlier phases do not fail today's run
  const context = { ...runContext, config: { ...runContext.config, failOn: [] } };
  const { sequences } = planHistories(reports, theme, runContext);
  const html = context.config.formats.includes('html');
  const nextContext = { ...context, config: { ...context.config, formats: [...context.config.formats, 'md' as const] } };
  const plans = sequences.flatMap(({ plan: historyPlan, ordered, history }) => {
    const tag = (plan: OutputPlan): OutputPlan => ({ ...plan, entries: plan.entries.map((e) => ({ ...e, sequence: history.sequence.name })) });
    const pairs = ordered.slice(1).map((newer, i) => {
      const older = ordered[i] ?? newer;
      const links = html ? { older: `${older.name}.html`, newer: `${newer.name}.html` } : {};
      return planDiff(older, newer, theme, context, links);
    });
    const latest = ordered.at(-1);
    const next = latest ? [planNext(latest, ordered.at(-2) ?? null, theme, nextContext)] : [];
    return [planRender(ordered, theme, context), ...pairs, historyPlan, ...next].map(tag);
  });
  const merged = mergePlans(plans);
  const stamp = context.timestamp === undefined ? {} : { timestamp: context.timestamp };
  merged.texts.push({ path: 'index.html', content: renderIndexHtml(theme, merged.entries, { title: indexTitle(reports, sequences.length), ...stamp }) });
  return merged;
}

function indexTitle(reports: readonly NamedReport[], sequences: number): string {
  const first = reports[0]?.report.meta.title?.value;
  if (sequences > 1) return `Reports: ${reports.length} reports in ${sequences} sequences`;
  return first === undefined ? 'phase-report outputs' : `Reports: ${first}${reports.length > 1 ? ` and ${reports.length - 1} more` : ''}`;
}
