import type Handlebars from 'handlebars';
import { escapeHtml } from '../html/escapeHtml.js';
import { trustedHtml } from '../html/trustedHtml.js';
import { formatPercent } from '../helpers/formatPercent.js';
import { toneOf } from '../helpers/toneOf.js';

/**
 * `{{progress ratio status}}`: an inline SVG bar filled to `ratio` (0..1,
 * clamped) in the tone of `status`; a hatched empty track when the ratio is unknown.
 */
export function progressBar(ratio: unknown, status: unknown = null): Handlebars.SafeString {
  const known = typeof ratio === 'number' && Number.isFinite(ratio);
  const fill = known ? Math.round(Math.min(1, Math.max(0, ratio)) * 1000) / 10 : 0;
  const label = known ? formatPercent(ratio) : 'unknown';
  const bar = known ? `<rect class="bar-fill tone-${toneOf(status)}" width="${fill}" height="8" rx="4"/>` : '';
  return trustedHtml(
    `<svg class="progress" viewBox="0 0 100 8" width="120" height="10" preserveAspectRatio="none" role="img" aria-label="${escapeHtml(label)}">` +
      `<rect class="bar-track${known ? '' : ' bar-unknown'}" width="100" height="8" rx="4"/>${bar}</svg>`,
  );
}
