import type { LintRule } from '../types.js';
import { arithmetic } from './arithmetic.js';
import { claimedPass } from './claimedPass.js';
import { conflictingVerdicts } from './conflictingVerdicts.js';
import { countMismatch } from './countMismatch.js';
import { datesOutOfOrder } from './datesOutOfOrder.js';
import { issueStatusConflict } from './issueStatusConflict.js';
import { metricValueConflict } from './metricValueConflict.js';
import { verdictVsEvidence } from './verdictVsEvidence.js';

/** Every lint rule, in the order of the README. Each is data: id, default severity, description, check. */
export const LINT_RULES: readonly LintRule[] = [
  countMismatch,
  claimedPass,
  verdictVsEvidence,
  conflictingVerdicts,
  metricValueConflict,
  arithmetic,
  datesOutOfOrder,
  issueStatusConflict,
];
