import type { Gate } from '../../model/types.js';
import { numberOf } from '../../model/quantityValue.js';
import { formatNumber } from '../helpers/formatNumber.js';

export interface GateProgress {
  /** shortfall to the target as text, null when unknown or met */
  readonly gap: string | null;
  /** 0..1 toward the target, null when unknown */
  readonly ratio: number | null;
}

/**
 * How far a gate's current value is from its target, when both are numbers in
 * the same unit. `>`/`>=`/maintain: the value must rise to the target; `<`/`<=`:
 * fall to it; `=`: meet it. A gate the report says is met counts as full
 * progress even without a current value.
 */
export function gateProgress(gate: Gate): GateProgress {
  const target = numberOf(gate.target);
  const current = numberOf(gate.current);
  if (target === null || current === null) return { gap: null, ratio: gate.met === true ? 1 : null };
  const unit = gate.target?.unit ?? gate.current?.unit ?? null;
  if (gate.target?.unit && gate.current?.unit && gate.target.unit !== gate.current.unit) return { gap: null, ratio: null };
  const comparator = gate.target?.comparator ?? '>=';
  const shortfall = comparator === '<' || comparator === '<=' ? current - target : comparator === '=' ? Math.abs(current - target) : target - current;
  const ratio = ratioOf(comparator, target, current);
  const gap = shortfall > 0 && gate.met !== true ? `${formatNumber(shortfall)}${unit === '%' ? ' pp' : unit ? ` ${unit}` : ''}` : null;
  return { gap, ratio };
}

function ratioOf(comparator: string, target: number, current: number): number {
  if (comparator === '<' || comparator === '<=') return current <= target ? 1 : current === 0 ? 0 : clamp(target / current);
  if (comparator === '=') return target === 0 ? (current === 0 ? 1 : 0) : clamp(1 - Math.abs(current - target) / Math.abs(target));
  return target === 0 ? 1 : clamp(current / target);
}

function clamp(value: number): number {
  return Math.min(1, Math.max(0, value));
}
