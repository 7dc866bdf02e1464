import type { Mark, Severity } from '../../model/types.js';

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


/** Status marks by how far along they are, used when values cannot be compared. */
export const MARK_RANK: Readonly<Record<Mark, number>> = {
  failed: 0,
  pending: 1,
  warning: 2,
  'in-progress': 2,
  done: 3,
};
