import type { Quantity, Target } from '../model/types.js';
import { isKnownUnit } from '../parse/text/readQuantity.js';
import { COUNT_NOUN_ALIASES, UNIT_CLASSES } from './policy/unitClasses.js';

const CLASS_OF_UNIT = new Map(UNIT_CLASSES.flatMap((row) => row.units.map((unit) => [unit, row.unitClass] as const)));

/**
 * The unit class of a value (policy/unitClasses.ts): 'percent', 'score/100',
 * 'duration', 'rate', 'size', 'factor', 'count:<noun>', or null when the
 * value carries no unit or only a count noun the parser read from the text.
 */
export function unitClass(value: Pick<Quantity, 'unit'> | Pick<Target, 'unit'> | null): string | null {
  const unit = value?.unit?.trim() ?? '';
  if (unit === '') return null;
  if (unit.startsWith('/')) return `score${unit}`;
  // a count noun read from the text (`243 god objects`) has no class of its own: pairMetrics compares the nouns (countNouns)
  if (!isKnownUnit(unit)) return null;
  const known = CLASS_OF_UNIT.get(unit);
  if (known !== undefined) return known;
  const noun = unit.toLowerCase();
  return `count:${COUNT_NOUN_ALIASES[noun] ?? noun}`;
}

/** How two unit classes agree: the same, one side unknown, or different. */
export type UnitAgreement = 'same' | 'unknown' | 'different';

export function unitAgreement(a: string | null, b: string | null): UnitAgreement {
  if (a === null || b === null) return a === b ? 'same' : 'unknown';
  return a === b ? 'same' : 'different';
}
