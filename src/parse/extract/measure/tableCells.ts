import type { Table } from 'mdast';
import { toString } from 'mdast-util-to-string';

export interface TableCells {
  headers: string[];
  rows: string[][];
}

const cache = new WeakMap<Table, TableCells>();

/**
 * A GFM table as plain text (markdown stripped, white space collapsed). Body
 * rows are cut or padded to the header's width, as GFM renders them. Cached
 * per node, so the table and metric extractors read each cell once.
 */
export function tableCells(table: Table): TableCells {
  const hit = cache.get(table);
  if (hit) return hit;
  const [head, ...body] = table.children;
  const headers = (head?.children ?? []).map((cell) => plain(toString(cell)));
  const rows = body.map((row) => headers.map((_, i) => plain(toString(row.children[i]))));
  const cells = { headers, rows };
  cache.set(table, cells);
  return cells;
}

function plain(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
