import type { PhaseDiff, ReportRef } from '../../model/diffSchema.js';
import { labelOf } from '../../render/helpers/labelOf.js';
import { QUIET_KINDS } from '../policy/changeTones.js';
import { changeTables, type ChangeTable } from './changeTables.js';
import { escapeMarkdown } from './escapeMarkdown.js';
import { fitMarkdown, type MdBlock } from './fitMarkdown.js';
import { formatMove } from './formatMove.js';
import { mdTable } from './mdTable.js';

export interface DiffMarkdownOptions {
  /** the most characters the comment may have (default 65,000: a GitHub comment holds 65,536) */
  readonly limit?: number;
}

export const PR_COMMENT_LIMIT = 65_000;

/** Which tables a short comment shows first. */
const ORDER = ['diff-issues', 'diff-metrics', 'diff-gates', 'diff-risks', 'diff-actions', 'diff-sections'];
const UNITS: Readonly<Record<string, string>> = {
  'diff-issues': 'issue row',
  'diff-metrics': 'metric row',
  'diff-gates': 'gate row',
  'diff-risks': 'risk row',
  'diff-actions': 'action row',
  'diff-sections': 'section row',
};

/**
 * The diff as a pull-request comment (GitHub markdown): verdict and status,
 * a count per part, then a table per part listing what changed (unchanged
 * facts are counted, not listed). At most `limit` characters; when cut, the
 * comment ends by saying what was cut. Deterministic.
 */
export function renderDiffMarkdown(diff: PhaseDiff, options: DiffMarkdownOptions = {}): string {
  const tables = changeTables(diff);
  const blocks = ORDER.map((id) => tables.find((t) => t.id === id))
    .filter((t): t is ChangeTable => t !== undefined)
    .map(block)
    .filter((b): b is MdBlock => b !== null);
  return fitMarkdown(intro(diff, tables), blocks, options.limit ?? PR_COMMENT_LIMIT);
}

function intro(diff: PhaseDiff, tables: readonly ChangeTable[]): string[] {
  const verdict = (side: PhaseDiff['verdict']['older']): string | null => (side ? `${side.value} (${labelOf(side.decision)})` : null);
  const lines = [
    `## Phase diff: ${escapeMarkdown(name(diff.older))} → ${escapeMarkdown(name(diff.newer))}`,
    '',
    `**Verdict:** ${escapeMarkdown(formatMove(verdict(diff.verdict.older) ?? 'none', verdict(diff.verdict.newer) ?? 'none'))}` +
      (diff.verdict.direction && diff.verdict.direction !== 'same' ? ` (${diff.verdict.direction})` : ''),
    `**Status:** ${escapeMarkdown(formatMove(diff.status.older ?? 'none', diff.status.newer ?? 'none'))}`,
    '',
  ];
  const counts = mdTable(
    ['Part', 'Changes'],
    tables.map((t) => [t.title, countText(t)]),
  );
  const uncertain = diff.summary.uncertain > 0 ? ['', `⚠ ${diff.summary.uncertain} pairing(s) are uncertain: check the rows marked ⚠.`] : [];
  return [...lines, ...counts.head, ...counts.rows, ...uncertain];
}

function block(table: ChangeTable): MdBlock | null {
  const shown = table.rows.filter((r) => !QUIET_KINDS.has(r.kind));
  if (shown.length === 0) return null;
  const quiet = table.rows.length - shown.length;
  const { head, rows } = mdTable(
    ['Change', ...table.columns, 'Lines', 'Note'],
    shown.map((r) => [r.kindLabel, ...r.cells, r.lines, r.note ?? '']),
  );
  return {
    unit: UNITS[table.id] ?? 'row',
    head: [`### ${table.title}`, '', ...head],
    rows,
    ...(quiet > 0 ? { tail: ['', `_${quiet} unchanged not listed._`] } : {}),
  };
}

function countText(table: ChangeTable): string {
  const counts = new Map<string, number>();
  for (const row of table.rows) counts.set(row.kindLabel, (counts.get(row.kindLabel) ?? 0) + 1);
  return counts.size === 0 ? 'none' : [...counts].map(([label, n]) => `${n} ${label.toLowerCase()}`).join(', ');
}

function name(ref: ReportRef): string {
  const title = ref.title ?? ref.path ?? 'untitled report';
  return ref.phase === null || /\bphase\b/i.test(title) ? title : `Phase ${ref.phase}: ${title}`;
}
