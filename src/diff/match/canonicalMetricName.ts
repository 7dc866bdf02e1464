import { normalizeKey } from '../../parse/text/normalizeKey.js';
import { METRIC_SYNONYMS } from '../policy/metricSynonyms.js';

/** The canonical name a metric name stands for (policy/metricSynonyms.ts), or null. */
export function canonicalMetricName(name: string): string | null {
  const key = normalizeKey(name);
  return METRIC_SYNONYMS.find((row) => row.pattern.test(key))?.canonical ?? null;
}
