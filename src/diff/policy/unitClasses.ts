/**
 * What a metric's value measures, as data: two metrics pair only when their
 * unit classes agree (a count of interfaces is no percentage; lines of code
 * are not a number of objects). A class is one of:
 *   'percent'  — a share: `84%`, `84 percent`, `pp` deltas are not values;
 *   'score'    — out of a fixed scale: `/100`, `/10`, `/5` (the scale is part of the class);
 *   'duration' — time taken: ms, s, min, h, days, weeks;
 *   'rate'     — per unit of time: ops/sec, req/s;
 *   'size'     — bytes: KB, MB, GB;
 *   'factor'   — a multiple: `2.5x`;
 *   'count:<noun>' — a number of things, by noun (tests, errors, files, LOC ...).
 * A value with no unit has no class: it pairs with any class, but only as an
 * uncertain pairing when the other side has one (see pairMetrics). Two
 * unitless counts written with different nouns the parser does not know ("42
 * interfaces", "17 adapters": see countNouns) pair only as uncertain.
 */
export const UNIT_CLASSES: ReadonlyArray<{ unitClass: string; units: readonly string[] }> = [
  /** shares of a whole */
  { unitClass: 'percent', units: ['%'] },
  /** times: converted to one class so 1200 ms and 1.2 s still pair (values are not converted) */
  { unitClass: 'duration', units: ['ms', 's', 'min', 'h', 'days', 'weeks'] },
  /** throughput: ops and requests per second are both rates */
  { unitClass: 'rate', units: ['ops/sec', 'req/s'] },
  /** memory and file sizes */
  { unitClass: 'size', units: ['KB', 'MB', 'GB'] },
  /** speed-ups and multiples */
  { unitClass: 'factor', units: ['x'] },
  /** lines of code: `LOC` and `lines` are the same count */
  { unitClass: 'count:lines', units: ['LOC', 'lines'] },
];

/**
 * Count nouns that name the same thing (a count of "tests" and of "checks"
 * are not the same; "errors" and "error" already fold in the parser).
 * Nouns not listed here are their own class: `count:<unit>`.
 */
export const COUNT_NOUN_ALIASES: Readonly<Record<string, string>> = {
  /** "issues" and "findings" are both what an audit lists */
  findings: 'issues',
  /** "occurrences" of a pattern are instances of it */
  occurrences: 'instances',
};


/**
 * Words read right after a unitless count that say which or how many, not
 * what is counted ("Open defects: 12 critical", "Issues: 9 remaining", "45
 * of 50"): no noun, so they never tell two counts apart (see countNouns).
 */
export const NOT_COUNT_NOUNS: ReadonlySet<string> = new Set([
  /** severities: "Security: 0 critical", "Open defects: 3 high" */
  'critical', 'high', 'medium', 'low', 'major', 'minor', 'blocking',
  /** states: "Integration tests: 12 remaining", "Real API Integrations: 0 detected" */
  'new', 'open', 'remaining', 'total', 'detected', 'found', 'fixed', 'resolved', 'failed', 'passed', 'successful', 'left', 'pending',
  /** joining words: "45 of 50", "8 out of 10", "4,746 across the codebase" */
  'out', 'across', 'per', 'and', 'the', 'for', 'with', 'from',
]);
