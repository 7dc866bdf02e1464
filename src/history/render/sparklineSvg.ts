import type Handlebars from 'handlebars';
import { formatNumber } from '../../render/helpers/formatNumber.js';
import { escapeHtml } from '../../render/html/escapeHtml.js';
import { trustedHtml } from '../../render/html/trustedHtml.js';
import { trendPath, type TrendBox } from './trendPath.js';

const BOX: TrendBox = { width: 120, height: 32, pad: 4 };

/**
 * A metric series as an inline SVG trend line with a dot per value, coloured
 * by `tone` (CSS classes of the theme: `bar-fill tone-<tone>` for the dots).
 * Every value in the markup is a number or escaped; the label lists the values.
 */
export function sparklineSvg(values: readonly (number | null)[], tone: string): Handlebars.SafeString {
  const { d, points } = trendPath(values, BOX);
  const label = values.map((v) => (v === null ? '—' : formatNumber(v, 2))).join(' → ');
  const dots = points.map((p) => `<circle class="bar-fill tone-${escapeHtml(tone)}" cx="${p.x}" cy="${p.y}" r="2.5"/>`).join('');
  const line = d === '' ? '' : `<path d="${escapeHtml(d)}" fill="none" stroke="currentColor" stroke-width="1.5" stroke-linejoin="round" stroke-linecap="round" opacity="0.6"/>`;
  return trustedHtml(
    `<svg class="chart sparkline" viewBox="0 0 ${BOX.width} ${BOX.height}" width="${BOX.width}" height="${BOX.height}" role="img" aria-label="${escapeHtml(label)}">${line}${dots}</svg>`,
  );
}
