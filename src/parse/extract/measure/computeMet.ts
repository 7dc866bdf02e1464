import type { Quantity, Target } from '../../../model/types.js';

const BOUND = /^[<>≤≥]/;

/**
 * Whether `current` meets `target`, when both are numbers in the same unit and
 * the current value is not itself written as a bound (`<80%`); else null.
 */
export function computeMet(target: Target | null, current: Quantity | null): boolean | null {
  if (!target || !current || target.value === null || current.value === null) return null;
  if (target.unit !== current.unit || BOUND.test(current.raw)) return null;
  const [have, want] = [current.value, target.value];
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
