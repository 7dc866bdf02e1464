import type { Mark } from '../../model/types.js';
import { MARK_WORDS, MARKS } from '../policy/marks.js';
import { earliestToken } from './earliestToken.js';

/**
 * The status marker a piece of text carries: an emoji or stand-in anywhere in
 * it, else a status word in parentheses (`(FIXED)`, `(NOW RESOLVED)`). Null when none.
 * A GFM task item's `checked` flag is read by the caller, not here.
 */
export function readMark(text: string): Mark | null {
  const marker = earliestToken(text, MARKS);
  if (marker) return marker.mark;
  for (const group of text.match(/\(([^()]{2,40})\)/g) ?? []) {
    const hit = MARK_WORDS.find((w) => w.pattern.test(group));
    if (hit) return hit.mark;
  }
  return null;
}
