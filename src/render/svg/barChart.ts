import type Handlebars from 'handlebars';
import { escapeHtml } from '../html/escapeHtml.js';
import { trustedHtml } from '../html/trustedHtml.js';
import { toneOf } from '../helpers/toneOf.js';

const ROW = 26;
const LABEL = 110;
const WIDTH = 360;
const BAR = WIDTH - LABEL - 40;

/**
 * `{{barChart items}}`: a horizontal bar chart as inline SVG. `items` is a list of
 * `{ name, value, status }` (status picks the colour); bars scale to the largest value.
 */
export function barChart(items: unknown): Handlebars.SafeString {
  const rows = Array.isArray(items) ? items.filter(isItem) : [];
  if (rows.length === 0) return trustedHtml('');
  const max = Math.max(1, ...rows.map((r) => r.value));
  const height = rows.length * ROW;
  const bars = rows.map((row, i) => barRow(row, i, max)).join('');
  const summary = rows.map((r) => `${r.name}: ${r.value}`).join(', ');
  return trustedHtml(
    `<svg class="chart" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}" role="img" aria-label="${escapeHtml(summary)}">${bars}</svg>`,
  );
}

interface Item {
  name: string;
  value: number;
  status: unknown;
}

function isItem(value: unknown): value is Item {
  if (value === null || typeof value !== 'object') return false;
  return 'name' in value && typeof value.name === 'string' && 'value' in value && typeof value.value === 'number' && Number.isFinite(value.value);
}

function barRow(row: Item, index: number, max: number): string {
  const y = index * ROW;
  const width = Math.max(row.value > 0 ? 2 : 0, Math.round((row.value / max) * BAR));
  return (
    `<text class="chart-label" x="0" y="${y + 17}">${escapeHtml(row.name)}</text>` +
    `<rect class="bar-fill tone-${toneOf(row.status)}" x="${LABEL}" y="${y + 5}" width="${width}" height="16" rx="3"/>` +
    `<text class="chart-value" x="${LABEL + width + 6}" y="${y + 17}">${escapeHtml(row.value)}</text>`
  );
}
