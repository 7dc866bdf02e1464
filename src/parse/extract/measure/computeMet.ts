import { categoryOf, numberOf } from '../../../model/quantityValue.js';
import type { Quantity, Target } from '../../../model/types.js';

const BOUND = /^[<>≤≥]/;

/**
 * Whether `current` meets `target`: numbers in the same unit, the current value
 * not itself written as a bound (`<80%`), are compared; a categorical target
 * (`PASS`) is met by the same word (case aside) and missed by another word.
 * Else null.
 */
export function computeMet(target: Target | null, current: Quantity | null): boolean | null {
  if (!target || !current) return null;
  const [wanted, stated] = [categoryOf(target), categoryOf(current)];
  if (wanted !== null) return stated === null ? null : wanted.toLowerCase() === stated.toLowerCase();
  const [want, have] = [numberOf(target), numberOf(current)];
  if (want === null || have === null) return null;
  if (target.unit !== current.unit || BOUND.test(current.raw)) return null;
  switch (target.comparator) {
    case '>':
      return have > want;
    case '>=':
    case 'maintain':
      return have >= want;
    case '<':
      return have < want;
    case '<=':
      return have <= want;
    case '=':
      return have === want;
  }
}
