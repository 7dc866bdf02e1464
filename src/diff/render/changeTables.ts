import type { Conflict, Lines, Match, PhaseDiff, Targets } from '../../model/diffSchema.js';
import type { Tone } from '../../render/policy/statusTones.js';
import { formatNumber } from '../../render/helpers/formatNumber.js';
import { kindLabel } from './kindLabel.js';
import { CHANGE_TONES } from '../policy/changeTones.js';
import { formatLines } from './formatLines.js';
import { formatMatch } from './formatMatch.js';
import { formatMove } from './formatMove.js';

export interface ChangeRow {
  readonly kind: string;
  readonly kindLabel: string;
  readonly kindTone: Tone;
  /** plain text, one per column */
  readonly cells: readonly string[];
  /** how the pairing was made, when it was not exact; the resolving line */
  readonly note: string | null;
  readonly lines: string;
  readonly olderLine: number | null;
  readonly newerLine: number | null;
}

export interface ChangeTable {
  readonly id: string;
  readonly title: string;
  readonly columns: readonly string[];
  readonly rows: readonly ChangeRow[];
}

/**
 * The diff as tables of plain text, one per part (metrics, gates, issues,
 * risks, actions, sections), shared by the HTML page and the markdown comment
 * so both show the same columns.
 */
export function changeTables(diff: PhaseDiff): ChangeTable[] {
  return [
    table('diff-metrics', 'Metrics', ['Metric', 'Before', 'Now', 'Δ', 'Target'], diff.metrics, (c) => [
      c.name,
      c.older?.raw || '—',
      c.newer?.raw || '—',
      c.delta === null ? '—' : `${c.delta > 0 ? '+' : ''}${formatNumber(c.delta, 2)}`,
      targetText(c.targets) ?? (c.target?.raw || '—'),
    ], (c) => [formatMatch(c.match), conflictText(c.conflict)].filter((s): s is string => s !== null).join('; ') || null),
    table('diff-gates', 'Quality gates', ['Gate', 'Value', 'Target', 'Met'], diff.gates, (c) => [
      c.criterion,
      formatMove(c.values.older?.raw, c.values.newer?.raw),
      targetText(c.targets) ?? '—',
      formatMove(metText(c.older), metText(c.newer)),
    ]),
    table('diff-issues', 'Issues', ['Issue', 'Severity', 'Status'], diff.issues, (c) => [
      formatMove(c.members.length > 0 ? `${c.older?.title ?? ''} [group of ${c.members.length}]` : c.older?.title, c.newer?.title),
      formatMove(c.older?.severity, c.newer?.severity),
      formatMove(c.older?.status, c.newer?.status),
    ], issueNote),
    table('diff-risks', 'Risks', ['Risk', 'Level'], diff.risks, (c) => [formatMove(c.older?.title, c.newer?.title), formatMove(c.older?.level, c.newer?.level)]),
    table('diff-actions', 'Actions', ['Owner', 'Action', 'Tasks', 'Status'], diff.actions, (c) => [
      c.owner,
      c.title ?? '—',
      taskSummary(c.tasks),
      formatMove(c.status.older, c.status.newer),
    ]),
    table('diff-sections', 'Sections', ['Heading', 'Level'], diff.sections, (c) => [c.heading, `h${c.depth}`]),
  ];
}

interface Change {
  readonly kind: string;
  readonly lines: Lines;
  readonly match?: Match | null;
}

function table<C extends Change>(
  id: string,
  title: string,
  columns: readonly string[],
  changes: readonly C[],
  cells: (change: C) => string[],
  note: (change: C) => string | null = (c) => formatMatch(c.match ?? null),
): ChangeTable {
  const rows = changes.map((c) => ({
    kind: c.kind,
    kindLabel: kindLabel(c.kind),
    kindTone: CHANGE_TONES[c.kind] ?? 'neutral',
    cells: cells(c),
    note: note(c),
    lines: formatLines(c.lines),
    olderLine: c.lines.older?.line ?? null,
    newerLine: c.lines.newer?.line ?? null,
  }));
  return { id, title, columns, rows };
}

/** How an issue was paired: an uncertain pairing found by a newer line that still names the issue says so and quotes it. */
function issueNote(change: PhaseDiff['issues'][number]): string | null {
  if (change.match?.kind === 'uncertain' && change.evidence !== null) return `⚠ uncertain: reworded? still named by "${change.evidence}"`;
  return [formatMatch(change.match), change.evidence].filter((s): s is string => s !== null).join(': ') || null;
}

/** Targets in both reports: `>95% → >80% (eased)` when moved, else the one stated. */
export function targetText(targets: Targets): string | null {
  const move = targets.move === null ? '' : ` (${targets.move})`;
  const text = formatMove(targets.older?.raw, targets.newer?.raw);
  return text === '—' ? null : `${text}${move}`;
}

/** A conflict as readers see it: `stated 84% (L12) and 87% (L40) in the newer report`. */
function conflictText(conflict: Conflict | null): string | null {
  if (conflict === null) return null;
  const side = (values: Conflict['older'], which: string): string | null =>
    values.length === 0 ? null : `${which} report states ${values.map((v) => `${v.value?.raw ?? '?'} (L${v.position.line})`).join(' and ')}`;
  return `⚠ conflict: ${[side(conflict.older, 'older'), side(conflict.newer, 'newer')].filter((s) => s !== null).join('; ')}`;
}

function metText(met: boolean | null): string {
  return met === null ? 'unknown' : met ? 'met' : 'not met';
}

function taskSummary(tasks: PhaseDiff['actions'][number]['tasks']): string {
  const counts = new Map<string, number>();
  for (const task of tasks) counts.set(task.kind, (counts.get(task.kind) ?? 0) + 1);
  const parts = [...counts].filter(([kind]) => kind !== 'unchanged').map(([kind, n]) => `${n} ${kind}`);
  return parts.length > 0 ? parts.join(', ') : tasks.length > 0 ? `${tasks.length} unchanged` : '—';
}
