import type { Risk } from '../../model/types.js';
import { MATCH_THRESHOLDS } from '../policy/matching.js';
import { pairItems, type Pairing } from './pairItems.js';
import { titleScore } from './titleScore.js';

/** Pair risks by id, then by title likeness. */
export function pairRisks(older: readonly Risk[], newer: readonly Risk[]): Pairing<Risk, Risk> {
  return pairItems(older, newer, {
    olderId: (risk) => risk.id,
    newerId: (risk) => risk.id,
    score: (o, n) => titleScore(o.title, n.title),
    thresholds: MATCH_THRESHOLDS.risks,
  });
}
