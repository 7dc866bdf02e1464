import type { Match, MetricChange } from '../model/diffSchema.js';
import type { Metric, Report } from '../model/types.js';
import { compareMetric } from './compareMetric.js';
import { judgeBetter } from './judgeBetter.js';
import { mapPairing } from './match/mapPairing.js';
import { pairMetrics } from './match/pairMetrics.js';
import { mergeDuplicateMetrics } from './mergeDuplicateMetrics.js';
import { metricValue } from './metricValue.js';

/**
 * Metric changes from `older` to `newer`: metrics named twice in one report
 * are merged, then pair by id (normalised name), then by synonym or name
 * likeness; each pair is judged against its target.
 */
export function diffMetrics(older: Report, newer: Report): MetricChange[] {
  return mapPairing(pairMetrics(mergeDuplicateMetrics(older.metrics), mergeDuplicateMetrics(newer.metrics)), {
    paired,
    dropped: (o) => alone(o, 'dropped'),
    added: (n) => alone(n, 'new'),
  });
}

function paired(o: Metric, n: Metric, match: Match): MetricChange {
  const judgement = judgeBetter(o, n);
  const comparison = compareMetric(o, n, judgement);
  return {
    id: o.id,
    name: n.name,
    kind: comparison.kind,
    older: metricValue(o),
    newer: metricValue(n),
    delta: comparison.delta,
    better: judgement.better,
    judgedBy: comparison.judgedBy,
    target: n.target ?? o.target,
    match,
    lines: { older: o.position, newer: n.position },
  };
}

function alone(metric: Metric, kind: 'new' | 'dropped'): MetricChange {
  const judgement = judgeBetter(metric, null);
  return {
    id: metric.id,
    name: metric.name,
    kind,
    older: kind === 'dropped' ? metricValue(metric) : null,
    newer: kind === 'new' ? metricValue(metric) : null,
    delta: null,
    better: judgement.better,
    judgedBy: null,
    target: metric.target,
    match: null,
    lines: kind === 'dropped' ? { older: metric.position } : { newer: metric.position },
  };
}
