/**
 * How alike two word sets are, 0..1: the mean of the Dice coefficient (shared
 * words against both sizes) and the overlap coefficient (shared words against
 * the smaller set). "Documentation" vs "Documentation gaps" scores 0.83;
 * "Performance Compliance" vs "Performance Budget" 0.5. Empty sets score 0.
 */
export function similarity(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const word of a) if (b.has(word)) shared += 1;
  const dice = (2 * shared) / (a.size + b.size);
  const overlap = shared / Math.min(a.size, b.size);
  return round((dice + overlap) / 2);
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
