import type { PhaseDiff } from '../../model/diffSchema.js';
import { formatLines } from './formatLines.js';
import { kindLabel } from './kindLabel.js';

/** The headline change in words: `Theater Score: 8% → 60-70% (regressed; L8 → L10)`, or null. */
export function headlineText(diff: PhaseDiff): string | null {
  const change = diff.metrics.find((m) => m.id === diff.headline);
  if (change === undefined) return null;
  return `${change.name}: ${change.older?.raw ?? '—'} → ${change.newer?.raw ?? '—'} (${kindLabel(change.kind).toLowerCase()}; ${formatLines(change.lines)})`;
}

/** Moved targets and conflicts in words, for the cover of the diff page. */
export function targetNotes(diff: PhaseDiff): string[] {
  const moved = [
    ...diff.gates.filter((g) => g.targets.move !== null).map((g) => ({ name: g.criterion, targets: g.targets, lines: g.lines })),
    ...diff.metrics.filter((m) => m.targets.move !== null).map((m) => ({ name: m.name, targets: m.targets, lines: m.lines })),
  ];
  return moved.map((m) => `${m.name}: target ${m.targets.older?.raw ?? '—'} → ${m.targets.newer?.raw ?? '—'} (${m.targets.move ?? ''}; ${formatLines(m.lines)})`);
}
