import { trimEndOf } from '../../util/textRuns.js';

/**
 * `{{number value digits}}`: a number with `,` thousands separators and at most
 * `digits` decimals (default 1, trailing zeros dropped); `—` when not a number.
 * Locale-independent, so output is the same on every machine.
 */
export function formatNumber(value: unknown, digits: unknown = 1): string {
  if (typeof value !== 'number' || !Number.isFinite(value)) return '—';
  const places = typeof digits === 'number' && digits >= 0 && digits <= 6 ? Math.floor(digits) : 1;
  const fixed = Math.abs(value).toFixed(places);
  const [whole = '0', fraction = ''] = fixed.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const decimals = trimEndOf(fraction, '0');
  const sign = value < 0 && Number(fixed) !== 0 ? '-' : '';
  return `${sign}${grouped}${decimals ? `.${decimals}` : ''}`;
}
