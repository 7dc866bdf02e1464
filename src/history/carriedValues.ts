import type { Quantity, Report } from '../model/types.js';
import { numberOf } from '../model/quantityValue.js';
import { NOT_CARRIED } from './policy/sequenceRules.js';

/**
 * The values a report gives as its starting point (metrics' before values)
 * and the values it states now (current or after), as `value unit` keys.
 * Only values that can tell reports apart: numbers, not NOT_CARRIED (0 and
 * 100 are everyone's figures).
 */
export interface Carried {
  readonly before: ReadonlySet<string>;
  readonly now: ReadonlySet<string>;
}

export function carriedValues(report: Report): Carried {
  const before = new Set<string>();
  const now = new Set<string>();
  for (const metric of report.metrics) {
    add(before, metric.before);
    add(now, metric.after ?? metric.current);
  }
  return { before, now };
}

/**
 * Whether `later` starts from `earlier`'s figures and not the other way
 * round: a value `later` gives as a before value is one `earlier` states
 * now ("Theater Score | 73% | 0%" after an audit that found 73%). 1 when
 * `later` follows `earlier`, -1 for the reverse, 0 when the values say nothing.
 */
export function followsByValues(earlier: Carried, later: Carried): -1 | 0 | 1 {
  const forward = shares(later.before, earlier.now);
  const backward = shares(earlier.before, later.now);
  return forward === backward ? 0 : forward ? 1 : -1;
}

function shares(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  for (const key of a) if (b.has(key)) return true;
  return false;
}

function add(keys: Set<string>, quantity: Quantity | null): void {
  const value = numberOf(quantity);
  if (value === null || NOT_CARRIED.has(value)) return;
  keys.add(`${value} ${quantity?.unit ?? ''}`);
}
