import type { Targets } from '../model/diffSchema.js';
import type { Target } from '../model/types.js';
import { BETTER_BY_COMPARATOR } from './policy/polarity.js';
import { unitClass } from './unitClass.js';

/**
 * A fact's target in both reports and how it moved: 'eased' when the bar was
 * lowered (">95%" to ">80%"; "<5 errors" to "<10 errors"), 'tightened' when
 * it was raised, 'changed' when it moved otherwise (another comparator or
 * unit); null when it did not move or a side has no target.
 */
export function compareTargets(older: Target | null, newer: Target | null): Targets {
  return { older, newer, move: targetMove(older, newer) };
}

function targetMove(older: Target | null, newer: Target | null): Targets['move'] {
  if (older === null || newer === null) return null;
  const sameUnit = unitClass(older) === unitClass(newer);
  if (older.comparator === newer.comparator && older.value === newer.value && sameUnit) return null;
  if (older.value === null || newer.value === null) return older.raw.trim().toLowerCase() === newer.raw.trim().toLowerCase() ? null : 'changed';
  const better = BETTER_BY_COMPARATOR[older.comparator];
  if (!sameUnit || better !== BETTER_BY_COMPARATOR[newer.comparator] || better === 'closer' || older.value === newer.value) return 'changed';
  const raised = newer.value > older.value;
  return (better === 'higher') === raised ? 'tightened' : 'eased';
}
