import type { Better, MetricChange } from '../model/diffSchema.js';
import type { Metric } from '../model/types.js';
import { normalizeKey } from '../parse/text/normalizeKey.js';
import { BETTER_BY_COMPARATOR, BETTER_BY_NAME } from './policy/polarity.js';

export interface Judgement {
  readonly better: Better | null;
  readonly judgedBy: MetricChange['judgedBy'];
}

/**
 * Which way a metric improves: from the target's comparator ("<0.3%
 * violations": lower; "Maintain 92%+": higher), else from its name
 * (policy/polarity.ts), else unknown. The newer report's target wins.
 */
export function judgeBetter(older: Metric | null, newer: Metric | null): Judgement {
  const target = newer?.target ?? older?.target ?? null;
  if (target) return { better: BETTER_BY_COMPARATOR[target.comparator], judgedBy: 'target' };
  const name = normalizeKey(newer?.name ?? older?.name ?? '');
  const hit = BETTER_BY_NAME.find((row) => row.pattern.test(name));
  return hit ? { better: hit.better, judgedBy: 'name' } : { better: null, judgedBy: null };
}
