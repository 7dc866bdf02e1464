/**
 * Arithmetic a report writes out and that can be checked, as data.
 */

/** `7/9 checks passing (85%)`, `17 of 20 tests (85.0%)`: a ratio and the percentage it claims. */
export const RATIO_PERCENT = /(?<![\d.,/])(\d[\d,]*)\s*(?:\/|\bof\b|\bout of\b)\s*(\d[\d,]*)(?![\d.,/])((?:\s+[A-Za-z][\w-]*){0,3})\s*[(:=-]\s*(~|≈|about\s+)?(\d{1,3}(?:\.\d+)?)\s*%\)?/gi;

/** `12/10 dashboards complete`: a ratio and the words after it (checked against PASS_WORDS). */
export const RATIO_WORDS = /(?<![\d.,/])(\d[\d,]*)\s*\/\s*(\d[\d,]*)(?![\d.,/])((?:\s+[A-Za-z][\w-]*){1,3})/g;

/** `15 issues (3 critical, 5 high, 4 medium)`: a total, up to three words, and its parts (group 3). Words are separated by white space, so matching stays linear. */
export const PARTS_OF_TOTAL = /(?<![\d.,/])(\d[\d,]*)\s+((?:[A-Za-z][\w-]*\s+){1,3})\(\s*(\d[\d,]*\s+[A-Za-z][\w-]*(?:\s*,\s*(?:and\s+)?\d[\d,]*\s+[A-Za-z][\w-]*)+)\s*\)/g;

/** Words after a part's number that make it a measure or a time, not a part of the total. */
export const NOT_A_PART = /^(hours?|minutes?|seconds?|days?|weeks?|months?|ms|mb|gb|kb|lines?|percent|x|new|more|fewer|additional|files?)$/i;

/** Words after a ratio that say it counts passes of its total, so it cannot exceed it ("12/10 passing"). */
export const PASS_WORDS = /\b(pass(ed|ing)?|succeed(ed|ing)?|successful|complete[d]?|compliant|met|green|working|healed|fixed)\b/i;

/** Metric names whose percentage cannot exceed 100 (a share of a whole), unlike "258% of target" or growth. */
export const BOUNDED_PERCENT = /\b(success|pass(ing)?|completion|complete|coverage|compliance|accuracy|readiness|uptime|availability|adoption)\b(?!.*\b(improvement|increase|growth|of target|vs|change)\b)/i;

/** How far a stated percentage may sit from the computed one: rounding to its decimals, or truncation. */
export function percentTolerance(stated: string, approximate: boolean): number {
  if (approximate) return 2.5;
  const places = /\.(\d+)/.exec(stated)?.[1]?.length ?? 0;
  return 10 ** -places;
}
