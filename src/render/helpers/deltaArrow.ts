import type Handlebars from 'handlebars';
import { escapeHtml } from '../html/escapeHtml.js';
import { trustedHtml } from '../html/trustedHtml.js';
import { formatNumber } from './formatNumber.js';

/**
 * `{{delta before after unit}}`: the change between two numbers as an arrow and
 * a signed difference, `<span class="delta delta-up">▲ +35 pp</span>` (a `%`
 * unit becomes percentage points). Empty when either value is not a number.
 * Whether up is good is the template's call (classes delta-up/down/flat).
 */
export function deltaArrow(before: unknown, after: unknown, unit: unknown = null): Handlebars.SafeString {
  if (typeof before !== 'number' || typeof after !== 'number' || !Number.isFinite(before) || !Number.isFinite(after)) return trustedHtml('');
  const change = after - before;
  const direction = change > 0 ? 'up' : change < 0 ? 'down' : 'flat';
  const arrow = { up: '▲', down: '▼', flat: '■' }[direction];
  const suffix = unit === '%' ? ' pp' : typeof unit === 'string' && unit !== '' ? ` ${unit}` : '';
  const sign = change > 0 ? '+' : '';
  const text = `${arrow} ${sign}${formatNumber(change)}${suffix}`;
  const title = `from ${formatNumber(before)} to ${formatNumber(after)}${suffix}`;
  return trustedHtml(`<span class="delta delta-${direction}" title="${escapeHtml(title)}">${escapeHtml(text)}</span>`);
}
