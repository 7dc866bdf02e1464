import type { ListItem } from 'mdast';
import { METRIC_ASIDE } from '../policy/issueFields.js';
import { readMetricLine } from './readMetricLine.js';
import { readQuantity } from './readQuantity.js';

/** How a list item reads as a metric: not at all, a key line whose value starts with a quantity, or one whose value is only a quantity. */
export type MetricItem = 'bare' | 'leading' | null;

/**
 * Whether a list item is a metric line (`**Real Tests:** 28% - some
 * promise`, `**Total Files:** 62 test files`): a `key: value` line the
 * metric reader reads, whose value (`rest`, after the lead) starts with a
 * quantity. 'bare' when only an aside follows the quantity (nothing, a
 * parenthesis, a dash and a comment), 'leading' when more words do.
 */
export function metricItem(text: string, item: ListItem, rest: string): MetricItem {
  const start = item.position?.start.offset;
  const quantity = readQuantity(rest, 0);
  if (start === undefined || !quantity) return null;
  const end = text.indexOf('\n', start);
  const metric = readMetricLine(text.slice(start, end === -1 ? text.length : end), true);
  if (metric === null || metric === 'unreadable') return null;
  // words naming what is counted (`62 test files`, `12 critical test failures`) say more than a measurement: 'leading'
  return METRIC_ASIDE.test(rest.slice(quantity.numberEnd)) ? 'bare' : 'leading';
}
