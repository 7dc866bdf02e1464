import type { History } from '../history/index.js';
import { history } from '../history/index.js';
import { renderHistoryHtml } from '../history/render/renderHistoryHtml.js';
import { renderHistoryMarkdown } from '../history/render/renderHistoryMarkdown.js';
import type { Theme } from '../render/index.js';
import type { NamedReport } from './loadReports.js';
import { latestFindings } from './latestFindings.js';
import { type OutputPlan, type RunContext, emptyPlan } from './types.js';

/** `history`: the reports' story over time as `history.*`; also returns the reports in history order. */
export function planHistory(reports: readonly NamedReport[], theme: Theme, context: RunContext): { plan: OutputPlan; ordered: NamedReport[]; history: History } {
  const story = history(reports.map((r) => r.report));
  const ordered = story.reports.flatMap((r) => reports[r.inputIndex] ?? []);
  const formats = new Set(context.config.formats);
  const plan = emptyPlan();
  const files: Record<string, string> = {};
  if (formats.has('html') || formats.has('pdf')) {
    const html = renderHistoryHtml(theme, story);
    if (formats.has('html')) plan.texts.push({ path: (files.html = 'history.html'), content: html });
    if (formats.has('pdf')) plan.pdfs.push({ path: (files.pdf = 'history.pdf'), html, title: 'History' });
  }
  if (formats.has('md')) plan.texts.push({ path: (files.md = 'history.md'), content: renderHistoryMarkdown(story) });
  if (formats.has('json')) plan.texts.push({ path: (files.json = 'history.json'), content: `${JSON.stringify(story, null, 2)}\n` });
  plan.entries.push({ title: `History of ${reports.length} reports (ordered by ${story.order.by})`, kind: 'history', files });
  const latest = ordered.at(-1);
  if (latest) for (const f of latestFindings(latest, ordered.at(-2) ?? null, context)) plan.failures.push(f);
  return { plan, ordered, history: story };
}
