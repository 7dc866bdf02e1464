import type { Mark } from '../../model/types.js';
import { MARK_WORDS, MARKS } from '../policy/marks.js';

/**
 * The status marker a piece of text carries: an emoji or stand-in anywhere in
 * it, else a status word in parentheses (`(FIXED)`, `(NOW RESOLVED)`). Null when none.
 * A GFM task item's `checked` flag is read by the caller, not here.
 */
export function readMark(text: string): Mark | null {
  let best: { mark: Mark; at: number } | null = null;
  for (const { mark, tokens } of MARKS) {
    for (const token of tokens) {
      const at = text.indexOf(token);
      if (at !== -1 && (best === null || at < best.at)) best = { mark, at };
    }
  }
  if (best) return best.mark;
  for (const group of text.match(/\(([^()]{2,40})\)/g) ?? []) {
    const hit = MARK_WORDS.find((w) => w.pattern.test(group));
    if (hit) return hit.mark;
  }
  return null;
}
