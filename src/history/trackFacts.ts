import type { Match } from '../model/diffSchema.js';
import type { Pairing } from '../diff/match/pairItems.js';

export interface Track<T> {
  /** one cell per report, in history order: the fact, or null where absent */
  readonly cells: (T | null)[];
  readonly matches: (Match | null)[];
  /** the fact as last seen */
  latest: T;
}

/**
 * Follow facts across reports: each report's facts are paired (by `pair`)
 * with every track's latest fact, so a fact that skips a report still joins
 * its track. Unpaired facts start new tracks. Tracks come in order of first
 * appearance (report, then source order).
 */
export function trackFacts<T>(lists: readonly (readonly T[])[], pair: (older: readonly T[], newer: readonly T[]) => Pairing<T, T>): Track<T>[] {
  const tracks: Track<T>[] = [];
  lists.forEach((facts, reportIndex) => {
    const pairing = pair(tracks.map((t) => t.latest), facts);
    for (const p of pairing.pairs) {
      const track = tracks[p.olderIndex];
      if (track === undefined) continue;
      track.cells[reportIndex] = p.newer;
      track.matches[reportIndex] = p.match;
      track.latest = p.newer;
    }
    for (const single of pairing.newerOnly) {
      const cells: (T | null)[] = lists.map(() => null);
      const matches: (Match | null)[] = lists.map(() => null);
      cells[reportIndex] = single.item;
      tracks.push({ cells, matches, latest: single.item });
    }
  });
  return tracks;
}
