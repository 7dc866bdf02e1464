import type { Better, Conflict, Match, MetricChange } from '../model/diffSchema.js';
import type { Metric, Report } from '../model/types.js';
import { compareMetric } from './compareMetric.js';
import { countNouns } from './countNouns.js';
import { numberOf } from '../model/quantityValue.js';
import { findRangeRestatement } from './findRangeRestatement.js';
import { unitAgreement, unitClass } from './unitClass.js';
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
  return mapPairing(pairMetrics(a.metrics, b.metrics, { older: countNouns(older), newer: countNouns(newer) }), {
    paired: (o, n, match) => paired(o, n, match, conflictOf(a, o, b, n)),
    dropped: (o) => restated(o, newer) ?? alone(o, gone, conflictOf(a, o, b, null)),
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
    range: null,
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
    range: null,
    match: null,
    lines: isOlder ? { older: metric.position } : { newer: metric.position },
  };
}

/**
 * An older metric the newer report restates as a range on one of its lines
 * (an audit: "Production Readiness Score: 35-45/100"): judged against the
 * whole range, so a claim of 92/100 audited at 35-45/100 regressed, and the
 * delta is the move to the nearest bound (-47).
 */
function restated(o: Metric, newer: Report): MetricChange | null {
  const before = numberOf(metricValue(o));
  if (before === null) return null;
  const found = findRangeRestatement(o.name, newer);
  // the range must be in the metric's own unit: "92/100" is restated by "35-45/100", not by a bare "427-430"
  if (found === null || unitAgreement(unitClass(metricValue(o)), unitClass(found.value)) !== 'same') return null;
  const judgement = judgeBetter(o, null);
  const kind = rangeMove(before, found.low, found.high, judgement.better);
  const nearest = before < found.low ? found.low : before > found.high ? found.high : before;
  return {
    ...alone(o, 'dropped', null),
    kind,
    newer: found.value,
    delta: Number((nearest - before).toPrecision(12)),
    judgedBy: kind === 'changed' || kind === 'unchanged' ? null : judgement.judgedBy,
    range: { low: found.low, high: found.high },
    match: { kind: 'restated', score: 1 },
    lines: { older: o.position, newer: found.position },
  };
}

function rangeMove(before: number, low: number, high: number, better: Better | null): MetricChange['kind'] {
  if (before >= low && before <= high) return 'unchanged';
  const rose = low > before;
  if (better === 'higher') return rose ? 'improved' : 'regressed';
  if (better === 'lower') return rose ? 'regressed' : 'improved';
  return 'changed';
}

function conflictOf(a: MergedMetrics, o: Metric | null, b: MergedMetrics, n: Metric | null): Conflict | null {
  const older = o === null ? [] : [...(a.conflicts.get(o) ?? [])];
  const newer = n === null ? [] : [...(b.conflicts.get(n) ?? [])];
  return older.length === 0 && newer.length === 0 ? null : { older, newer };
}
