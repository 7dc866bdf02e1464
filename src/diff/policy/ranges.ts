/**
 * How a value written as a range reads: `35-45/100`, `60–70%`, `40 to 55 %`.
 * An audit that refutes a claimed score often states the audited value as a
 * range; the parser keeps no quantity for it, so the diff reads it here when
 * a line of the newer report names a metric of the older one.
 * Groups: low, high, unit (`%` or `/N`, optional).
 */
export const RANGE_VALUE = /(?<![\d.])(?<low>\d+(?:\.\d+)?)\s*(?:-|–|—|to)\s*(?<high>\d+(?:\.\d+)?)\s*(?<unit>%|\/\s*\d+)?(?![\d.])/u;

/** At most this many characters between a metric's name and its range on one line ("Score**: 35-45/100"). */
export const RANGE_MAX_GAP = 12;
