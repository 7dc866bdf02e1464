/**
 * How a value written as a range reads: `35-45/100`, `60–70%`, `40 to 55 %`.
 * An audit that refutes a claimed score often states the audited value as a
 * range; the parser keeps no quantity for it, so the diff reads it here when
 * a line of the newer report names a metric of the older one.
 * Groups: low, high, unit (`%` or `/N`, optional).
 */
export const RANGE_VALUE = /(?<![\d.])(?<low>\d+(?:\.\d+)?)\s*(?:-|–|—|to)\s*(?<high>\d+(?:\.\d+)?)\s*(?<unit>%|\/\s*\d+)?(?![\d.])/u;

/**
 * What may stand between a metric's name and its range on one line: only
 * separators ("Score**: 35-45/100", "| Score | 35-45/100 |"), never words, so
 * "compilation errors (lines 427-430)" is no restatement of a count.
 */
export const RANGE_GAP = /^[\s:=|~≈]*$/u;
