import { cleanText } from '../../text/cleanText.js';
import { readQuantity } from '../../text/readQuantity.js';
import type { Columns } from './columnRoles.js';

/** a bracketed stand-in at the start of a cell: `[PASS] 100%` */
const STAND_IN_WORD = /^\s*\[([A-Z]{2,12})\]/;

/**
 * A table with a name and a status column but no measure column, whose status
 * cells hold the value after the marker (`| Safety Compliance | [PASS] 100% |`):
 * the status column is also the current column. Told by at least one status
 * cell that holds a marker followed by a number.
 */
export function statusHoldsValues(rows: readonly string[][], columns: Columns): boolean {
  const status = columns.status;
  if (status === undefined || columns.name === undefined) return false;
  return rows.some((cells) => {
    const text = cells[status] ?? '';
    const value = cleanText(text);
    return value !== text.trim() && readQuantity(value, 0) !== null;
  });
}

/** the status word of such a cell: the stand-in's own word (`PASS`), else none (an emoji is its mark) */
export function statusWord(cell: string): string | null {
  return STAND_IN_WORD.exec(cell)?.[1] ?? null;
}
