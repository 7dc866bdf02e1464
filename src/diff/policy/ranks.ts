import type { Mark, Severity, Verdict } from '../../model/types.js';

/** Severity order; 'unknown' has no rank, so no raise or lower is claimed. */
export const SEVERITY_RANK: Readonly<Record<Severity, number | null>> = {
  blocking: 6,
  critical: 5,
  high: 4,
  medium: 3,
  low: 2,
  info: 1,
  unknown: null,
};

/** Risk level order; levels not listed (other named buckets) have no rank. */
export const RISK_LEVEL_RANK: ReadonlyMap<string, number> = new Map([
  ['critical', 4],
  ['high', 3],
  ['medium', 2],
  ['low', 1],
  ['resolved', 0],
]);

/**
 * Verdict decisions, worst first. A decision not listed here (an 'unknown'
 * decision: the verdict could not be read) has no rank, so no verdict change
 * is judged better or worse from it.
 */
export const DECISION_RANK: ReadonlyMap<string, number> = new Map<Verdict['decision'], number>([
  /** stop: the worst outcome */
  ['no-go', 0],
  /** go with conditions */
  ['conditional', 1],
  /** proceed */
  ['go', 2],
]);

/** Status marks by how far along they are, used when values cannot be compared. */
export const MARK_RANK: Readonly<Record<Mark, number>> = {
  failed: 0,
  pending: 1,
  warning: 2,
  'in-progress': 2,
  done: 3,
};
