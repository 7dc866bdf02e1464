import type { Match } from '../../model/diffSchema.js';
import type { MatchThresholds } from '../policy/matching.js';

interface Pair {
  readonly older: number;
  readonly newer: number;
  readonly match: Match;
}

export interface Paired<O, N> {
  readonly older: O;
  readonly newer: N;
  readonly olderIndex: number;
  readonly newerIndex: number;
  readonly match: Match;
}

export interface Single<T> {
  readonly item: T;
  readonly index: number;
}

/** Pairs between two lists (by older index), plus the facts left on each side, in list order. */
export interface Pairing<O, N> {
  readonly pairs: readonly Paired<O, N>[];
  readonly olderOnly: readonly Single<O>[];
  readonly newerOnly: readonly Single<N>[];
}

export interface PairOptions<O, N> {
  /** the identity of a fact: equal ids pair exactly, first with first */
  readonly olderId: (item: O) => string;
  readonly newerId: (item: N) => string;
  /** 0..1 likeness of two facts that do not share an id */
  readonly score: (older: O, newer: N) => number;
  readonly thresholds: MatchThresholds;
  /**
   * How far two facts may pair at all: 'never' keeps them apart even with the
   * same id (a percentage and a count), 'uncertain' lets them pair only as
   * flagged uncertain; absent or 'any': no limit.
   */
  readonly allowed?: (older: O, newer: N) => Allowed;
}

export type Allowed = 'any' | 'uncertain' | 'never';

/**
 * Pair the facts of two reports: equal ids first, then the remaining facts
 * greedily by score (best first; ties by older then newer index), each fact
 * at most once. Deterministic for the same input.
 */
export function pairItems<O, N>(older: readonly O[], newer: readonly N[], options: PairOptions<O, N>): Pairing<O, N> {
  const pairs: Pair[] = [];
  const usedOlder = new Set<number>();
  const usedNewer = new Set<number>();
  const take = (o: number, n: number, match: Match): void => {
    pairs.push({ older: o, newer: n, match });
    usedOlder.add(o);
    usedNewer.add(n);
  };
  pairExact(older, newer, options, take);
  for (const candidate of candidates(older, newer, options, usedOlder, usedNewer)) {
    if (usedOlder.has(candidate.older) || usedNewer.has(candidate.newer)) continue;
    take(candidate.older, candidate.newer, candidate.match);
  }
  pairs.sort((a, b) => a.older - b.older);
  const paired: Paired<O, N>[] = [];
  for (const pair of pairs) {
    const o = older[pair.older];
    const n = newer[pair.newer];
    if (o !== undefined && n !== undefined) {
      paired.push({ older: o, newer: n, olderIndex: pair.older, newerIndex: pair.newer, match: pair.match });
    }
  }
  return {
    pairs: paired,
    olderOnly: older.map((item, index) => ({ item, index })).filter((s) => !usedOlder.has(s.index)),
    newerOnly: newer.map((item, index) => ({ item, index })).filter((s) => !usedNewer.has(s.index)),
  };
}

function pairExact<O, N>(
  older: readonly O[],
  newer: readonly N[],
  options: PairOptions<O, N>,
  take: (o: number, n: number, match: Match) => void,
): void {
  const waiting = new Map<string, number[]>();
  newer.forEach((item, n) => {
    const id = options.newerId(item);
    waiting.set(id, [...(waiting.get(id) ?? []), n]);
  });
  older.forEach((item, o) => {
    const queue = waiting.get(options.olderId(item)) ?? [];
    const at = queue.findIndex((n) => allowed(options, item, newer[n]) !== 'never');
    const n = queue[at];
    if (n === undefined) return;
    queue.splice(at, 1);
    take(o, n, allowed(options, item, newer[n]) === 'uncertain' ? { kind: 'uncertain', score: 1 } : { kind: 'exact', score: 1 });
  });
}

function candidates<O, N>(
  older: readonly O[],
  newer: readonly N[],
  options: PairOptions<O, N>,
  usedOlder: ReadonlySet<number>,
  usedNewer: ReadonlySet<number>,
): Pair[] {
  const { similar, uncertain } = options.thresholds;
  const found: Pair[] = [];
  older.forEach((o, oi) => {
    if (usedOlder.has(oi)) return;
    newer.forEach((n, ni) => {
      if (usedNewer.has(ni)) return;
      const limit = allowed(options, o, n);
      if (limit === 'never') return;
      const score = options.score(o, n);
      if (score < uncertain) return;
      const kind = score >= similar && limit === 'any' ? 'similar' : 'uncertain';
      found.push({ older: oi, newer: ni, match: { kind, score } });
    });
  });
  return found.sort((a, b) => b.match.score - a.match.score || a.older - b.older || a.newer - b.newer);
}

function allowed<O, N>(options: PairOptions<O, N>, older: O, newer: N | undefined): Allowed {
  return newer === undefined ? 'never' : (options.allowed?.(older, newer) ?? 'any');
}
