import type { Metric } from '../model/types.js';
import { normalizeKey } from '../parse/text/normalizeKey.js';

const FILLABLE = ['target', 'current', 'before', 'after', 'mark', 'status'] as const;

/**
 * One metric per normalised name: a report that names a metric twice (a
 * before/after table and a quality-gate table; the parser keeps their ids
 * unique with a `-2` suffix) gives one fact to compare. The first mention is
 * kept, with its position; fields it lacks are taken from later mentions.
 * Order of first mentions is kept.
 */
export function mergeDuplicateMetrics(metrics: readonly Metric[]): Metric[] {
  const merged = new Map<string, Metric>();
  for (const metric of metrics) {
    const key = normalizeKey(metric.name);
    const kept = merged.get(key);
    if (kept === undefined) {
      merged.set(key, metric);
      continue;
    }
    const filled: Metric = { ...kept };
    for (const field of FILLABLE) if (filled[field] === null) Object.assign(filled, { [field]: metric[field] });
    merged.set(key, filled);
  }
  return [...merged.values()];
}
