import type { Metric } from '../../model/types.js';
import { normalizeKey } from '../../parse/text/normalizeKey.js';
import { MATCH_THRESHOLDS } from '../policy/matching.js';
import { SYNONYM_SCORE } from '../policy/metricSynonyms.js';
import { canonicalMetricName } from './canonicalMetricName.js';
import { pairItems, type Pairing } from './pairItems.js';
import { titleScore } from './titleScore.js';

/**
 * Pair metrics by normalised name (the metric id without the parser's `-2`
 * suffixes for repeats), then by synonym
 * (policy/metricSynonyms.ts) or name likeness, with the stricter metric
 * thresholds ("Total Compilation Errors" ~ "Compilation Errors").
 */
export function pairMetrics(older: readonly Metric[], newer: readonly Metric[]): Pairing<Metric, Metric> {
  return pairItems(older, newer, {
    olderId: (metric) => normalizeKey(metric.name),
    newerId: (metric) => normalizeKey(metric.name),
    score: metricScore,
    thresholds: MATCH_THRESHOLDS.metrics,
  });
}

function metricScore(older: Metric, newer: Metric): number {
  const name = titleScore(older.name, newer.name);
  const canonical = canonicalMetricName(older.name);
  return canonical !== null && canonical === canonicalMetricName(newer.name) ? Math.max(name, SYNONYM_SCORE) : name;
}
