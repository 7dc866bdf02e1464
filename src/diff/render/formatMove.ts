/** A value before and after: `open → resolved`, or one value when both sides agree or one is missing. */
export function formatMove(before: string | null | undefined, after: string | null | undefined): string {
  const a = before ?? null;
  const b = after ?? null;
  if (a === null) return b ?? '—';
  if (b === null || a === b) return a;
  return `${a} → ${b}`;
}
