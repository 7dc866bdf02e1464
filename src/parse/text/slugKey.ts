import { normalizeKey } from './normalizeKey.js';
import { trimOf } from '../../util/textRuns.js';

/**
 * A name as an id that matches across reports: the normalised key with
 * everything but letters and digits turned into single dashes
 * ("**Test Success-Rate**:" -> "test-success-rate"). `fallback` when nothing is left.
 */
export function slugKey(name: string, fallback: string): string {
  const slug = trimOf(normalizeKey(name).replace(/[^\p{L}\p{N}]+/gu, '-'), '-');
  return slug === '' ? fallback : slug;
}
