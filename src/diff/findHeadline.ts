import type { MetricChange } from '../model/diffSchema.js';

/**
 * The metric change to lead with: among improvements and regressions drawn
 * from a confident pairing (or a range restatement), the one with the largest
 * move relative to its older value, regressions first on a tie. Null when
 * nothing moved in a known direction.
 */
export function findHeadline(metrics: readonly MetricChange[]): string | null {
  let best: { id: string; size: number; regressed: boolean } | null = null;
  for (const change of metrics) {
    if ((change.kind !== 'regressed' && change.kind !== 'improved') || change.delta === null || change.match?.kind === 'uncertain') continue;
    const base = typeof change.older?.value === 'number' ? Math.abs(change.older.value) : 0;
    const size = base === 0 ? Math.abs(change.delta) : Math.abs(change.delta) / base;
    const regressed = change.kind === 'regressed';
    if (best === null || size > best.size || (size === best.size && regressed && !best.regressed)) best = { id: change.id, size, regressed };
  }
  return best?.id ?? null;
}
