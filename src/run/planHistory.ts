import type { History } from '../history/index.js';
import { history } from '../history/index.js';
import { renderHistoryHtml } from '../history/render/renderHistoryHtml.js';
import { renderHistoryMarkdown } from '../history/render/renderHistoryMarkdown.js';
import type { Theme } from '../render/index.js';
import { latestFindings } from './latestFindings.js';
import type { NamedReport } from './loadReports.js';
import { mergePlans } from './mergePlans.js';
import { planDocument } from './planDocument.js';
import { planSequences, type PlannedSequence } from './planSequences.js';
import type { OutputPlan, RunContext } from './types.js';

/** One sequence's history plan, with its reports in history order. */
export interface SequenceHistory {
  readonly plan: OutputPlan;
  readonly ordered: NamedReport[];
  readonly history: History;
}

/**
 * `history`: the reports grouped into sequences (planSequences), and each
 * sequence's story over time as `history.*` (one sequence) or
 * `<sequence>.history.*`. --fail-on judges the latest report of each sequence.
 */
export function planHistories(reports: readonly NamedReport[], theme: Theme, context: RunContext): { plan: OutputPlan; sequences: SequenceHistory[] } {
  const sequences = planSequences(reports, context.config).map((s) => planHistory(s, theme, context));
  return { plan: mergePlans(sequences.map((s) => s.plan)), sequences };
}

/** One sequence's history; also returns its reports in history order. */
export function planHistory(planned: PlannedSequence, theme: Theme, context: RunContext): SequenceHistory {
  const { reports, sequence } = planned;
  const story = history(reports.map((r) => r.report), sequence);
  const ordered = story.reports.flatMap((r) => reports[r.inputIndex] ?? []);
  // a lone report among several sequences has no story to tell: no history document for it
  const lone = planned.file !== 'history' && reports.length < 2;
  const { texts, pdfs, files } = planDocument(planned.file, {
    title: sequence.rule === 'all' ? 'History' : `History: ${sequence.name}`,
    html: () => renderHistoryHtml(theme, story),
    md: () => renderHistoryMarkdown(story),
    json: () => story,
  }, lone ? [] : context.config.formats);
  const latest = ordered.at(-1);
  const plan: OutputPlan = {
    texts,
    pdfs,
    entries: lone ? [] : [{ title: `History of ${reports.length} reports (ordered by ${story.order.by})`, kind: 'history', files, sequence: sequence.name }],
    failures: latest ? latestFindings(latest, ordered.at(-2) ?? null, context) : [],
  };
  return { plan, ordered, history: story };
}
