import type { Conflict, Match, MetricChange } from '../model/diffSchema.js';
import type { Metric, Report } from '../model/types.js';
import { compareMetric } from './compareMetric.js';
import { compareTargets } from './compareTargets.js';
import { judgeBetter } from './judgeBetter.js';
import { mapPairing } from './match/mapPairing.js';
import { pairMetrics } from './match/pairMetrics.js';
import { mergeDuplicateMetrics, type MergedMetrics } from './mergeDuplicateMetrics.js';
import { metricValue } from './metricValue.js';
import { reportsPart } from './reportsPart.js';

/** Kinds that claim a direction: never drawn from an uncertain pairing or a conflict. */
const DIRECTED = new Set<MetricChange['kind']>(['improved', 'regressed']);

/**
 * Metric changes from `older` to `newer`: metrics stated twice in one report
 * are merged (a conflict when the values differ), then pair by normalised
 * name, synonym or name likeness when subject and unit agree; each pair is
 * judged against its target. An uncertain pairing or a conflict is shown
 * but never judged improved or regressed. A metric the newer report cannot
 * have (it reports no metrics at all) is 'not-reported'.
 */
export function diffMetrics(older: Report, newer: Report): MetricChange[] {
  const a = mergeDuplicateMetrics(older.metrics);
  const b = mergeDuplicateMetrics(newer.metrics);
  const gone = reportsPart(newer, 'metrics') ? 'dropped' : 'not-reported';
  return mapPairing(pairMetrics(a.metrics, b.metrics), {
    paired: (o, n, match) => paired(o, n, match, conflictOf(a, o, b, n)),
    dropped: (o) => alone(o, gone, conflictOf(a, o, b, null)),
    added: (n) => alone(n, 'new', conflictOf(a, null, b, n)),
  });
}

function paired(o: Metric, n: Metric, match: Match, conflict: Conflict | null): MetricChange {
  const judgement = judgeBetter(o, n);
  const comparison = compareMetric(o, n, judgement);
  const doubtful = match.kind === 'uncertain' || conflict !== null;
  const kind = conflict !== null && comparison.kind !== 'unchanged' ? 'conflict' : doubtful && DIRECTED.has(comparison.kind) ? 'changed' : comparison.kind;
  return {
    id: o.id,
    name: n.name,
    kind,
    older: metricValue(o),
    newer: metricValue(n),
    delta: comparison.delta,
    better: judgement.better,
    judgedBy: kind === comparison.kind ? comparison.judgedBy : null,
    target: n.target ?? o.target,
    targets: compareTargets(o.target, n.target),
    conflict,
    match,
    lines: { older: o.position, newer: n.position },
  };
}

function alone(metric: Metric, kind: 'new' | 'dropped' | 'not-reported', conflict: Conflict | null): MetricChange {
  const judgement = judgeBetter(metric, null);
  const isOlder = kind !== 'new';
  return {
    id: metric.id,
    name: metric.name,
    kind,
    older: isOlder ? metricValue(metric) : null,
    newer: isOlder ? null : metricValue(metric),
    delta: null,
    better: judgement.better,
    judgedBy: null,
    target: metric.target,
    targets: compareTargets(isOlder ? metric.target : null, isOlder ? null : metric.target),
    conflict,
    match: null,
    lines: isOlder ? { older: metric.position } : { newer: metric.position },
  };
}

function conflictOf(a: MergedMetrics, o: Metric | null, b: MergedMetrics, n: Metric | null): Conflict | null {
  const older = o === null ? [] : [...(a.conflicts.get(o) ?? [])];
  const newer = n === null ? [] : [...(b.conflicts.get(n) ?? [])];
  return older.length === 0 && newer.length === 0 ? null : { older, newer };
}
