import type { Match } from '../../model/diffSchema.js';
import type { Pairing } from './pairItems.js';

export interface PairingMappers<O, N, C> {
  readonly paired: (older: O, newer: N, match: Match) => C;
  readonly dropped: (older: O) => C;
  readonly added: (newer: N) => C;
}

/**
 * One change per fact of a pairing, in a stable order: the older report's
 * facts in source order (paired or not), then the newer report's new ones.
 */
export function mapPairing<O, N, C>(pairing: Pairing<O, N>, map: PairingMappers<O, N, C>): C[] {
  const olderSide: { at: number; change: C }[] = [
    ...pairing.pairs.map((p) => ({ at: p.olderIndex, change: map.paired(p.older, p.newer, p.match) })),
    ...pairing.olderOnly.map((s) => ({ at: s.index, change: map.dropped(s.item) })),
  ];
  olderSide.sort((a, b) => a.at - b.at);
  return [...olderSide.map((c) => c.change), ...pairing.newerOnly.map((s) => map.added(s.item))];
}
