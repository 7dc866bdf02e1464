import { stableId } from './stableId.js';

/**
 * Give each item its content-derived id, `<prefix>-<hash of key>`; a key
 * repeated within one report gets `-2`, `-3`, ... in source order.
 */
export function withUniqueIds<T extends { id: string }>(items: readonly T[], prefix: string, keyOf: (item: T) => string): T[] {
  const seen = new Map<string, number>();
  return items.map((item) => {
    const base = stableId(prefix, keyOf(item));
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return { ...item, id: n === 1 ? base : `${base}-${n}` };
  });
}
