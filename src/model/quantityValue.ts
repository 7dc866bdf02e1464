import type { Quantity, Target } from './types.js';

/**
 * The number a quantity or target holds; null when it holds none or holds a
 * categorical value (`PASS`, `PARTIAL`). Every arithmetic consumer reads values
 * through this, so a categorical value never enters a sum or a comparison.
 */
export function numberOf(part: Quantity | Target | null | undefined): number | null {
  return typeof part?.value === 'number' ? part.value : null;
}

/** The categorical value (`PASS`, `TIMEOUT`) a quantity or target holds, as written; null for a number or none. */
export function categoryOf(part: Quantity | Target | null | undefined): string | null {
  return typeof part?.value === 'string' ? part.value : null;
}
