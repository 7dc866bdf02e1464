import type { PhaseDiff, ReportRef } from '../../model/diffSchema.js';
import { labelOf } from '../../render/helpers/labelOf.js';
import { QUIET_KINDS } from '../policy/changeTones.js';
import { changeTables, type ChangeTable } from './changeTables.js';
import { escapeMarkdown } from './escapeMarkdown.js';
import { fitMarkdown, type MdBlock } from './fitMarkdown.js';
import { formatMove } from './formatMove.js';
import { mdTable } from './mdTable.js';
import { headlineText } from './headlineText.js';
import { summaryLines } from './summaryLines.js';
import { sourceLink } from './sourceLink.js';

export interface DiffMarkdownOptions {
  /** the most characters the comment may have (default 65,000: a GitHub comment holds 65,536) */
  readonly limit?: number;
  /** list only rows that changed (no unchanged or still-resolved rows, no parts without changes) */
  readonly onlyChanged?: boolean;
  /** link template for cited lines, `{path}` and `{line}` filled in (see sourceLink) */
  readonly sourceUrl?: string;
}

export const PR_COMMENT_LIMIT = 65_000;

/** Tables with more rows than this are folded in `<details>`. */
const FOLD_ROWS = 10;

/** Which tables the comment shows first. */
const ORDER = ['diff-issues', 'diff-metrics', 'diff-gates', 'diff-risks', 'diff-actions', 'diff-sections'];
const UNITS: Readonly<Record<string, string>> = {
  'diff-issues': 'issue row',
  'diff-metrics': 'metric row',
  'diff-gates': 'gate row',
  'diff-risks': 'risk row',
  'diff-actions': 'action row',
  'diff-sections': 'section row',
  'diff-targets': 'target row',
};

/**
 * The diff as a pull-request comment (GitHub markdown). Summary first: the
 * verdict change, gates met and unmet, target changes, a count per part; then
 * the targets that moved (never folded: a lowered bar is news); then a table
 * per part, folded in `<details>` when long. Report text is escaped and
 * @mentions neutralised; cited lines link to the source when `sourceUrl` is
 * given. At most `limit` characters; when cut, the comment ends by saying
 * what was cut. Deterministic.
 */
export function renderDiffMarkdown(diff: PhaseDiff, options: DiffMarkdownOptions = {}): string {
  const tables = changeTables(diff);
  const blocks = [targetsBlock(diff, options), ...ORDER.map((id) => tables.find((t) => t.id === id))
    .filter((t): t is ChangeTable => t !== undefined)
    .map((t) => block(t, diff, options))].filter((b): b is MdBlock => b !== null);
  return fitMarkdown(intro(diff, tables, options), blocks, options.limit ?? PR_COMMENT_LIMIT);
}

function intro(diff: PhaseDiff, tables: readonly ChangeTable[], options: DiffMarkdownOptions): string[] {
  const headline = headlineText(diff);
  const verdict = (side: PhaseDiff['verdict']['older']): string | null => (side ? `${side.value} (${labelOf(side.decision)})` : null);
  const direction = diff.verdict.direction;
  const verdictNote = direction && direction !== 'same' ? ` (${direction})` : direction === null && diff.verdict.kind === 'changed' ? ' (direction unknown: a decision could not be ranked)' : '';
  const lines = [
    `## Phase diff: ${escapeMarkdown(name(diff.older))} → ${escapeMarkdown(name(diff.newer))}`,
    '',
    `**Verdict:** ${escapeMarkdown(formatMove(verdict(diff.verdict.older) ?? 'none', verdict(diff.verdict.newer) ?? 'none'))}${verdictNote}`,
    `**Status:** ${escapeMarkdown(formatMove(diff.status.older ?? 'none', diff.status.newer ?? 'none'))}`,
    ...(headline === null ? [] : [`**Headline:** ${escapeMarkdown(headline)}`]),
    ...summaryLines(diff),
    '',
  ];
  const shown = options.onlyChanged ? tables.filter((t) => t.rows.some((r) => !QUIET_KINDS.has(r.kind))) : tables;
  const counts = mdTable(['Part', 'Changes'], shown.map((t) => [t.title, countText(t, options)]));
  const uncertain = diff.summary.uncertain > 0 ? ['', `⚠ ${diff.summary.uncertain} pairing(s) are uncertain: check the rows marked ⚠ (no regression is drawn from them).`] : [];
  return [...lines, ...(shown.length > 0 ? [...counts.head, ...counts.rows] : ['_Nothing changed._']), ...uncertain];
}

/** The facts whose target moved, first and unfolded. */
function targetsBlock(diff: PhaseDiff, options: DiffMarkdownOptions): MdBlock | null {
  const moved = [
    ...diff.gates.filter((g) => g.targets.move !== null).map((g) => ({ what: `Gate: ${g.criterion}`, targets: g.targets, value: formatMove(g.values.older?.raw, g.values.newer?.raw), lines: g.lines })),
    ...diff.metrics.filter((m) => m.targets.move !== null).map((m) => ({ what: `Metric: ${m.name}`, targets: m.targets, value: formatMove(m.older?.raw, m.newer?.raw), lines: m.lines })),
  ];
  if (moved.length === 0) return null;
  const { head, rows } = mdTable(
    ['Target moved', 'Target before', 'Target now', 'Move', 'Value', 'Lines'],
    moved.map((m) => [m.what, m.targets.older?.raw ?? '—', m.targets.newer?.raw ?? '—', m.targets.move ?? '', m.value, lines(m.lines, diff, options)]),
    new Set([5]),
  );
  return { unit: UNITS['diff-targets'] ?? 'row', head: ['### ⚠ Targets that moved', '', ...head], rows };
}

function block(table: ChangeTable, diff: PhaseDiff, options: DiffMarkdownOptions): MdBlock | null {
  const shown = table.rows.filter((r) => !QUIET_KINDS.has(r.kind));
  if (shown.length === 0) return null;
  const quiet = table.rows.length - shown.length;
  const { head, rows } = mdTable(
    ['Change', ...table.columns, 'Lines', 'Note'],
    shown.map((r) => [r.kindLabel, ...r.cells, lines({ older: r.olderLine, newer: r.newerLine }, diff, options), r.note ?? '']),
    new Set([table.columns.length + 1]),
  );
  const tail = quiet > 0 && !options.onlyChanged ? { tail: ['', `_${quiet} unchanged not listed._`] } : {};
  const unit = UNITS[table.id] ?? 'row';
  if (shown.length <= FOLD_ROWS) return { unit, head: [`### ${table.title}`, '', ...head], rows, ...tail };
  return {
    unit,
    head: [`<details><summary><strong>${table.title}</strong>: ${countText(table, options)}</summary>`, '', ...head],
    rows,
    ...tail,
    close: ['</details>'],
  };
}

type LineRef = { older?: { line: number } | number | null; newer?: { line: number } | number | null };

function lines(ref: LineRef, diff: PhaseDiff, options: DiffMarkdownOptions): string {
  const line = (side: LineRef['older']): number | null => (side === undefined || side === null ? null : typeof side === 'number' ? side : side.line);
  return `${sourceLink(line(ref.older), diff.older.path, options.sourceUrl)} → ${sourceLink(line(ref.newer), diff.newer.path, options.sourceUrl)}`;
}

function countText(table: ChangeTable, options: DiffMarkdownOptions): string {
  const counts = new Map<string, number>();
  for (const row of table.rows) if (!options.onlyChanged || !QUIET_KINDS.has(row.kind)) counts.set(row.kindLabel, (counts.get(row.kindLabel) ?? 0) + 1);
  return counts.size === 0 ? 'none' : [...counts].map(([label, n]) => `${n} ${label.toLowerCase()}`).join(', ');
}

function name(ref: ReportRef): string {
  const title = ref.title ?? ref.path ?? 'untitled report';
  return ref.phase === null || /\bphase\b/i.test(title) ? title : `Phase ${ref.phase}: ${title}`;
}
