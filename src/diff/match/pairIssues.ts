import type { Issue } from '../../model/types.js';
import { MATCH_THRESHOLDS } from '../policy/matching.js';
import { issueScore } from './issueScore.js';
import { pairItems, type Pairing } from './pairItems.js';

/** Pair issues by stable id, then by title and shared identifiers. */
export function pairIssues(older: readonly Issue[], newer: readonly Issue[]): Pairing<Issue, Issue> {
  return pairItems(older, newer, {
    olderId: (issue) => issue.id,
    newerId: (issue) => issue.id,
    score: issueScore,
    thresholds: MATCH_THRESHOLDS.issues,
  });
}
