import type { MetricChange } from '../model/diffSchema.js';

/**
 * The metric change to lead with: among improvements and regressions drawn
 * from a confident pairing (or a range restatement), the one with the largest
 * move relative to the larger of its values, regressions first on a tie, then
 * the first in report order. Null when
 * nothing moved in a known direction.
 */
export function findHeadline(metrics: readonly MetricChange[]): string | null {
  let best: { id: string; size: number; regressed: boolean } | null = null;
  for (const change of metrics) {
    if ((change.kind !== 'regressed' && change.kind !== 'improved') || change.delta === null || change.match?.kind === 'uncertain') continue;
    // relative to the larger side, so a move from 0 counts as 1 (the whole scale), not as its raw size
    const sides = [change.older?.value, change.newer?.value, change.range?.high].filter((v): v is number => typeof v === 'number').map(Math.abs);
    const base = Math.max(0, ...sides);
    const size = base === 0 ? 0 : Math.abs(change.delta) / base;
    const regressed = change.kind === 'regressed';
    if (best === null || size > best.size || (size === best.size && regressed && !best.regressed)) best = { id: change.id, size, regressed };
  }
  return best?.id ?? null;
}
