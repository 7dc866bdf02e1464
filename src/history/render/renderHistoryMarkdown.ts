import { fitMarkdown, type MdBlock } from '../../diff/render/fitMarkdown.js';
import { escapeMarkdown } from '../../diff/render/escapeMarkdown.js';
import { kindLabel } from '../../diff/render/kindLabel.js';
import { mdTable } from '../../diff/render/mdTable.js';
import { PR_COMMENT_LIMIT } from '../../diff/render/renderDiffMarkdown.js';
import type { History } from '../../model/historySchema.js';
import { labelOf } from '../../render/helpers/labelOf.js';

/**
 * The history as GitHub markdown: the reports in order with their verdicts,
 * then metric series with a trend, issue lifetimes and risk levels, one
 * column per report. At most `limit` characters (default 65,000); when cut,
 * it ends by saying what was cut. Deterministic.
 */
export function renderHistoryMarkdown(history: History, options: { readonly limit?: number } = {}): string {
  const columns = history.reports.map((_, i) => `#${i + 1}`);
  const reports = mdTable(
    ['#', 'Report', 'Phase', 'Date', 'Verdict'],
    history.reports.map((r, i) => {
      const verdict = history.verdicts[i];
      return [`#${i + 1}`, r.title ?? r.path ?? 'untitled report', r.phase ?? '—', r.generated ?? r.date?.iso ?? '—', verdict ? `${verdict.value} (${labelOf(verdict.decision)})` : '—'];
    }),
  );
  const intro = [
    `## History of ${history.reports.length} reports`,
    '',
    `Order: by ${history.order.by} (${escapeMarkdown(history.order.reason)}).`,
    '',
    ...reports.head,
    ...reports.rows,
  ];
  const blocks: MdBlock[] = [
    block('Metrics', 'metric row', ['Metric', ...columns, 'Trend'], history.metrics.map((m) => [m.name, ...m.points.map((p) => (p ? (p.raw || '—') + (p.match?.kind === 'uncertain' ? ' ⚠' : '') : '—')), kindLabel(m.trend)])),
    block('Issues', 'issue row', ['Issue', ...columns, 'Outcome'], history.issues.map((i) => [i.title, ...i.states.map((s) => s?.status ?? '—'), kindLabel(i.outcome)])),
    block('Risks', 'risk row', ['Risk', ...columns], history.risks.map((r) => [r.title, ...r.levels.map((l) => l?.level ?? '—')])),
  ].filter((b) => b.rows.length > 0);
  return fitMarkdown(intro, blocks, options.limit ?? PR_COMMENT_LIMIT);
}

function block(title: string, unit: string, columns: readonly string[], rows: readonly string[][]): MdBlock {
  const table = mdTable(columns, rows);
  return { unit, head: [`### ${title}`, '', ...table.head], rows: table.rows };
}
