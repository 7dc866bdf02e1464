import type { Lines } from '../../model/diffSchema.js';

/** Where a change sits, for readers: `L36 → L22`, `L36 → —`, `— → L22`. */
export function formatLines(lines: Lines): string {
  const side = (position: Lines['older']): string => (position ? `L${position.line}` : '—');
  return `${side(lines.older)} → ${side(lines.newer)}`;
}
