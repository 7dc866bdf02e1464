import { formatNumber } from './formatNumber.js';

/** `{{percent ratio digits}}`: a ratio (0.6) as a percentage (`60%`); `—` when not a number. */
export function formatPercent(ratio: unknown, digits: unknown = 0): string {
  if (typeof ratio !== 'number' || !Number.isFinite(ratio)) return '—';
  return `${formatNumber(ratio * 100, digits)}%`;
}
