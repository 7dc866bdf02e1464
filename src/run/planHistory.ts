import type { History } from '../history/index.js';
import { history } from '../history/index.js';
import { renderHistoryHtml } from '../history/render/renderHistoryHtml.js';
import { renderHistoryMarkdown } from '../history/render/renderHistoryMarkdown.js';
import type { Theme } from '../render/index.js';
import { latestFindings } from './latestFindings.js';
import type { NamedReport } from './loadReports.js';
import { planDocument } from './planDocument.js';
import type { OutputPlan, RunContext } from './types.js';

/** `history`: the reports' story over time as `history.*`; also returns the reports in history order. */
export function planHistory(reports: readonly NamedReport[], theme: Theme, context: RunContext): { plan: OutputPlan; ordered: NamedReport[]; history: History } {
  const story = history(reports.map((r) => r.report));
  const ordered = story.reports.flatMap((r) => reports[r.inputIndex] ?? []);
  const { texts, pdfs, files } = planDocument('history', {
    title: 'History',
    html: () => renderHistoryHtml(theme, story),
    md: () => renderHistoryMarkdown(story),
    json: () => story,
  }, context.config.formats);
  const latest = ordered.at(-1);
  const plan: OutputPlan = {
    texts,
    pdfs,
    entries: [{ title: `History of ${reports.length} reports (ordered by ${story.order.by})`, kind: 'history', files }],
    failures: latest ? latestFindings(latest, ordered.at(-2) ?? null, context) : [],
  };
  return { plan, ordered, history: story };
}
