/** `{{plural count "issue"}}` -> `1 issue`, `3 issues`; `{{plural n "entry" "entries"}}` for irregular words. */
export function pluralize(count: unknown, singular: unknown, plural?: unknown): string {
  const n = typeof count === 'number' ? count : Array.isArray(count) ? count.length : 0;
  const one = String(singular);
  const many = typeof plural === 'string' ? plural : `${one}s`;
  return `${n} ${n === 1 ? one : many}`;
}
