import type { PhaseDiff, ReportRef, VerdictSide } from '../../model/diffSchema.js';
import { kindLabel } from './kindLabel.js';
import type { Tone } from '../../render/policy/statusTones.js';
import { CHANGE_TONES } from '../policy/changeTones.js';
import { changeTables, type ChangeTable } from './changeTables.js';
import { headlineText, targetNotes } from './headlineText.js';

/** Where the older and newer reports' lines can be opened (e.g. their HTML pages); no links when absent. */
export interface DiffLinks {
  readonly older?: string;
  readonly newer?: string;
}

interface LineLink {
  readonly line: number;
  readonly href: string | null;
}

export interface DiffView {
  readonly title: string;
  readonly older: ReportRef;
  readonly newer: ReportRef;
  readonly verdict: {
    readonly older: VerdictSide | null;
    readonly newer: VerdictSide | null;
    readonly direction: string | null;
    readonly tone: Tone;
  };
  readonly status: { readonly older: string | null; readonly newer: string | null; readonly changed: boolean };
  readonly uncertain: number;
  /** the change to lead with (see findHeadline), in words */
  readonly headline: string | null;
  /** targets that moved, in words: shown on the cover, a lowered bar is news */
  readonly targetMoves: readonly string[];
  readonly tables: readonly (Omit<ChangeTable, 'rows'> & {
    readonly count: string;
    readonly rows: readonly (ChangeTable['rows'][number] & { readonly olderLink: LineLink | null; readonly newerLink: LineLink | null })[];
  })[];
}

/** The view of the diff page (`pages/diff.hbs`): every value plain data, escaped by the template. */
export function buildDiffView(diff: PhaseDiff, links: DiffLinks = {}): DiffView {
  const link = (line: number | null, base: string | undefined): LineLink | null =>
    line === null ? null : { line, href: base === undefined ? null : `${base}#L${line}` };
  return {
    title: `Diff: ${diff.older.title ?? diff.older.path ?? 'older report'} → ${diff.newer.title ?? diff.newer.path ?? 'newer report'}`,
    older: diff.older,
    newer: diff.newer,
    verdict: {
      older: diff.verdict.older,
      newer: diff.verdict.newer,
      direction: diff.verdict.direction,
      tone: CHANGE_TONES[diff.verdict.direction ?? 'same'] ?? 'neutral',
    },
    status: { older: diff.status.older, newer: diff.status.newer, changed: diff.status.kind !== 'unchanged' },
    uncertain: diff.summary.uncertain,
    headline: headlineText(diff),
    targetMoves: targetNotes(diff),
    tables: changeTables(diff).map((table) => ({
      ...table,
      count: countText(table),
      rows: table.rows.map((row) => ({
        ...row,
        olderLink: link(row.olderLine, links.older),
        newerLink: link(row.newerLine, links.newer),
      })),
    })),
  };
}

function countText(table: ChangeTable): string {
  const counts = new Map<string, number>();
  for (const row of table.rows) counts.set(row.kind, (counts.get(row.kind) ?? 0) + 1);
  return counts.size === 0 ? 'no changes' : [...counts].map(([kind, n]) => `${n} ${kindLabel(kind).toLowerCase()}`).join(' · ');
}
