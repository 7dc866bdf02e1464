import type { Quantity } from '../../model/types.js';
import { CATEGORY_LIMITS, NO_VALUE } from '../policy/categorical.js';
import { cleanText } from './cleanText.js';

/**
 * A categorical value (`PASS`, `Partial`, `Real Semantic`) from a measure cell
 * without a number: the word as written, markers and emphasis removed. Null for
 * cells with a digit (numbers are read as quantities), long text, or no value.
 */
export function readCategory(cell: string): Quantity | null {
  const value = cleanText(cell.replace(/\*\*|__|`/g, ''));
  if (value === '' || /\d/.test(value) || NO_VALUE.test(value)) return null;
  if (value.length > CATEGORY_LIMITS.maxLength || value.split(' ').length > CATEGORY_LIMITS.maxWords) return null;
  return { value, unit: null, approximate: false, raw: value };
}
