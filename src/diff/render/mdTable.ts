import { escapeMarkdown } from './escapeMarkdown.js';

/** A GFM table as its head lines and its row lines (cells escaped), so rows can be cut to a budget. */
export function mdTable(columns: readonly string[], rows: readonly (readonly string[])[]): { head: string[]; rows: string[] } {
  const line = (cells: readonly string[]): string => `| ${cells.map((c) => escapeMarkdown(c) || ' ').join(' | ')} |`;
  return { head: [line(columns), `|${columns.map(() => '---').join('|')}|`], rows: rows.map(line) };
}
