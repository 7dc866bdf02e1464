import type Handlebars from 'handlebars';
import { barChart } from '../svg/barChart.js';
import { progressBar } from '../svg/progressBar.js';
import { deltaArrow } from './deltaArrow.js';
import { formatDate } from './formatDate.js';
import { formatNumber } from './formatNumber.js';
import { formatPercent } from './formatPercent.js';
import { formatQuantity } from './formatQuantity.js';
import { labelOf } from './labelOf.js';
import { LOGIC_HELPERS } from './logicHelpers.js';
import { pluralize } from './pluralize.js';
import { statusBadge } from './statusBadge.js';
import { toneOf } from './toneOf.js';

/**
 * Every helper of the theme, by the name templates use. Helpers take
 * positional arguments only (the handlebars options object is dropped); those
 * returning markup escape every value they put in it.
 */
export const HELPERS: Readonly<Record<string, (...args: unknown[]) => unknown>> = {
  number: formatNumber,
  percent: formatPercent,
  quantity: formatQuantity,
  date: formatDate,
  label: labelOf,
  tone: toneOf,
  plural: pluralize,
  delta: deltaArrow,
  badge: statusBadge,
  progress: progressBar,
  barChart,
  ...LOGIC_HELPERS,
};

/** Register HELPERS in an isolated handlebars environment (from Handlebars.create()). */
export function registerHelpers(env: typeof Handlebars): void {
  for (const [name, helper] of Object.entries(HELPERS)) {
    env.registerHelper(name, (...args: unknown[]) => helper(...args.slice(0, -1)));
  }
}
