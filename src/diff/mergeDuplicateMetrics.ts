import type { StatedValue } from '../model/diffSchema.js';
import type { Metric } from '../model/types.js';
import { normalizeKey } from '../parse/text/normalizeKey.js';
import { metricValue } from './metricValue.js';
import { unitClass } from './unitClass.js';

const FILLABLE = ['target', 'current', 'before', 'after', 'mark', 'status'] as const;

export interface MergedMetrics {
  /** one metric per normalised name and unit class, in order of first mention */
  readonly metrics: Metric[];
  /** for a merged metric whose mentions state different values: every statement, in source order */
  readonly conflicts: ReadonlyMap<Metric, readonly StatedValue[]>;
}

/**
 * One metric per normalised name and unit class: a report that states a
 * metric twice (a summary table and a detail table; the parser keeps their
 * ids unique with a `-2` suffix) gives one fact to compare. The first mention
 * is kept, with its position; fields it lacks are taken from later mentions.
 * When the mentions state different values the metric is in conflict: both
 * values and lines are kept, and the diff draws no change from it. Mentions
 * in different units (72/100 and 35%) are different metrics.
 */
export function mergeDuplicateMetrics(metrics: readonly Metric[]): MergedMetrics {
  const merged = new Map<string, Metric>();
  const mentions = new Map<string, Metric[]>();
  for (const metric of metrics) {
    const key = `${normalizeKey(metric.name)}\u0000${unitClass(metricValue(metric)) ?? ''}`;
    const kept = merged.get(key);
    mentions.set(key, [...(mentions.get(key) ?? []), metric]);
    if (kept === undefined) {
      merged.set(key, metric);
      continue;
    }
    const filled: Metric = { ...kept };
    for (const field of FILLABLE) if (filled[field] === null) Object.assign(filled, { [field]: metric[field] });
    merged.set(key, filled);
  }
  const conflicts = new Map<Metric, StatedValue[]>();
  for (const [key, metric] of merged) {
    const stated = (mentions.get(key) ?? []).map((m) => ({ value: metricValue(m), position: m.position }));
    const distinct = new Set(stated.filter((s) => s.value !== null).map((s) => valueKey(s.value)));
    if (distinct.size > 1) conflicts.set(metric, stated);
  }
  return { metrics: [...merged.values()], conflicts };
}

function valueKey(value: StatedValue['value']): string {
  return typeof value?.value === 'number' ? `${value.value}${value.unit ?? ''}` : (value?.raw.trim().toLowerCase() ?? '');
}
