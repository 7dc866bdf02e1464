/** `base`, or `base-2`, `base-3`, ... when `seen` already holds it (records the id in `seen`). */
export function dedupeId(seen: Map<string, number>, base: string): string {
  const count = (seen.get(base) ?? 0) + 1;
  seen.set(base, count);
  return count === 1 ? base : `${base}-${count}`;
}
