import type { Comparator } from '../../model/types.js';

/**
 * How targets spell their comparator, as data. Matched case-insensitively at
 * the start of a target, longest spelling first; word spellings need a word
 * boundary. `maintain` means: stay at or above the value.
 */
export const COMPARATORS: ReadonlyArray<{ comparator: Comparator; tokens: readonly string[] }> = [
  { comparator: '>=', tokens: ['>=', '≥', '=>', '⩾', 'at least', 'minimum of', 'minimum', 'min.', 'min', 'no less than', 'not less than'] },
  { comparator: '<=', tokens: ['<=', '≤', '=<', '⩽', 'at most', 'maximum of', 'maximum', 'max.', 'max', 'up to', 'no more than', 'not more than'] },
  { comparator: '>', tokens: ['>', 'above', 'over', 'more than', 'greater than', 'exceed', 'exceeding'] },
  { comparator: '<', tokens: ['<', 'below', 'under', 'less than', 'fewer than'] },
  { comparator: '=', tokens: ['==', '=', 'exactly', 'equal to'] },
  { comparator: 'maintain', tokens: ['maintain', 'maintaining', 'keep', 'sustain', 'stay at', 'remain at'] },
];

/**
 * The comparator of a target written without one (`Target: 90%`, a bare value
 * in a Target column): a zero target means "exactly zero", any other value is
 * read as a floor, which is how the reports use it.
 */
/**
 * Words after a value that say it was a level to keep and was kept:
 * `100% score maintained` states the target `= 100%` and the current value 100%.
 */
export const KEPT_LEVEL = /\b(maintained|preserved|sustained)\b/i;

export const BARE_TARGET: Readonly<{ zero: Comparator; other: Comparator }> = { zero: '=', other: '>=' };
