import type Handlebars from 'handlebars';
import { escapeHtml } from '../html/escapeHtml.js';
import { trustedHtml } from '../html/trustedHtml.js';
import { labelOf } from './labelOf.js';
import { toneOf } from './toneOf.js';

/**
 * `{{badge status}}` or `{{badge status "label"}}`: a pill coloured by the tone
 * of the status (`<span class="badge tone-bad">NO-GO</span>`).
 */
export function statusBadge(status: unknown, label?: unknown): Handlebars.SafeString {
  const text = typeof label === 'string' && label !== '' ? label : labelOf(status);
  return trustedHtml(`<span class="badge tone-${toneOf(status)}">${escapeHtml(text)}</span>`);
}
