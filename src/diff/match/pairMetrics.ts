import type { Metric } from '../../model/types.js';
import { MATCH_THRESHOLDS } from '../policy/matching.js';
import { pairItems, type Pairing } from './pairItems.js';
import { titleScore } from './titleScore.js';

/**
 * Pair metrics by id (the normalised name), then by name likeness with the
 * stricter metric thresholds ("Total Compilation Errors" ~ "Compilation Errors").
 */
export function pairMetrics(older: readonly Metric[], newer: readonly Metric[]): Pairing<Metric, Metric> {
  return pairItems(older, newer, {
    olderId: (metric) => metric.id,
    newerId: (metric) => metric.id,
    score: (o, n) => titleScore(o.name, n.name),
    thresholds: MATCH_THRESHOLDS.metrics,
  });
}
