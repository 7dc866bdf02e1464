import { escapeMarkdown } from './escapeMarkdown.js';

/**
 * A GFM table as its head lines and its row lines (cells escaped), so rows can
 * be cut to a budget. Cells of `rawColumns` are markdown already (built from
 * escaped parts, e.g. source links) and are written as they are.
 */
export function mdTable(columns: readonly string[], rows: readonly (readonly string[])[], rawColumns: ReadonlySet<number> = new Set()): { head: string[]; rows: string[] } {
  const line = (cells: readonly string[], raw: ReadonlySet<number>): string => `| ${cells.map((c, i) => (raw.has(i) ? c : escapeMarkdown(c)) || ' ').join(' | ')} |`;
  return { head: [line(columns, new Set()), `|${columns.map(() => '---').join('|')}|`], rows: rows.map((r) => line(r, rawColumns)) };
}
