import type { Better } from '../../model/diffSchema.js';
import type { Comparator } from '../../model/types.js';

/** Which way is better, from the target's comparator ('maintain' = stay at or above). */
export const BETTER_BY_COMPARATOR: Readonly<Record<Comparator, Better>> = {
  '>': 'higher',
  '>=': 'higher',
  maintain: 'higher',
  '<': 'lower',
  '<=': 'lower',
  '=': 'closer',
};

/**
 * Which way is better from the metric's name when it has no target. Tested in
 * order against the normalised name; first match wins, so "theater score" is
 * lower-better before "score" makes it higher-better.
 */
export const BETTER_BY_NAME: ReadonlyArray<{ better: Better; pattern: RegExp }> = [
  {
    better: 'lower',
    pattern:
      /\b(errors?|violations?|failures?|failed|bugs?|defects?|warnings?|todos?|fixme|mocks?|stubs?|theater|console ?log|latency|debt|vulnerabilit(y|ies)|regressions?|incidents?|downtime|blockers?|duplication|complexity|response time|cost|findings?|duration|lead time|(build|run|load|wait|cycle) time)\b/,
  },
  {
    better: 'higher',
    pattern:
      /\b(coverage|success|score|compliance|pass(ed|ing)?|uptime|health|availability|readiness|throughput|quality|accuracy|completion|progress|confidence|probability)\b/,
  },
];
