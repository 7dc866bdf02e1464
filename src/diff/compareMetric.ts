import type { MetricChange } from '../model/diffSchema.js';
import type { Mark, Metric, Quantity, Target } from '../model/types.js';
import { numberOf } from '../model/quantityValue.js';
import type { Judgement } from './judgeBetter.js';
import { metricValue } from './metricValue.js';
import { MARK_RANK } from './policy/ranks.js';

export interface Comparison {
  readonly kind: MetricChange['kind'];
  readonly delta: number | null;
  readonly judgedBy: MetricChange['judgedBy'];
}

/**
 * How a metric moved between two reports. Numbers (both sides numbers, in one
 * unit: values are not converted) give a delta, judged by which way is better; when the numbers
 * cannot be compared, or no direction is known, the status marks decide
 * (failed < pending < warning, in-progress < done); else the move is just
 * 'changed'.
 */
export function compareMetric(older: Metric, newer: Metric, judgement: Judgement): Comparison {
  const before = metricValue(older);
  const after = metricValue(newer);
  const delta = numericDelta(before, after);
  if (delta === 0) return { kind: 'unchanged', delta, judgedBy: null };
  const a = numberOf(before);
  const b = numberOf(after);
  if (delta !== null && a !== null && b !== null && judgement.better) {
    const kind = byDirection(a, b, judgement, newer.target ?? older.target);
    if (kind !== 'changed') return { kind, delta, judgedBy: judgement.judgedBy };
  }
  const marks = byMarks(older.mark, newer.mark);
  if (marks) return { kind: marks, delta, judgedBy: 'mark' };
  if (delta === null && sameRaw(before, after)) return { kind: 'unchanged', delta, judgedBy: null };
  return { kind: 'changed', delta, judgedBy: null };
}

function numericDelta(before: Quantity | null, after: Quantity | null): number | null {
  const a = numberOf(before);
  const b = numberOf(after);
  if (a === null || b === null) return null;
  const x = before?.unit?.trim().toLowerCase() ?? null;
  const y = after?.unit?.trim().toLowerCase() ?? null;
  if (x !== null && y !== null && x !== y) return null;
  return Number((b - a).toPrecision(12));
}

function byDirection(before: number, after: number, judgement: Judgement, target: Target | null): MetricChange['kind'] {
  if (judgement.better === 'higher') return after > before ? 'improved' : 'regressed';
  if (judgement.better === 'lower') return after < before ? 'improved' : 'regressed';
  const goal = numberOf(target);
  if (goal === null) return 'changed';
  const gapBefore = Math.abs(before - goal);
  const gapAfter = Math.abs(after - goal);
  if (gapBefore === gapAfter) return 'changed';
  return gapAfter < gapBefore ? 'improved' : 'regressed';
}

function byMarks(before: Mark | null, after: Mark | null): 'improved' | 'regressed' | null {
  if (before === null || after === null || MARK_RANK[before] === MARK_RANK[after]) return null;
  return MARK_RANK[after] > MARK_RANK[before] ? 'improved' : 'regressed';
}

function sameRaw(before: Quantity | null, after: Quantity | null): boolean {
  return (before?.raw.trim().toLowerCase() ?? '') === (after?.raw.trim().toLowerCase() ?? '');
}
