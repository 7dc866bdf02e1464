/**
 * Append items to an array in place. Unlike `target.push(...items)`, safe for
 * any length (spreading ~100k arguments overflows the call stack).
 */
export function appendAll<T>(target: T[], items: Iterable<T>): T[] {
  for (const item of items) target.push(item);
  return target;
}
