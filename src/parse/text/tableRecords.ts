import type { Table, TableCell, TableRow } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { normalizeKey } from './normalizeKey.js';

export interface TableRecords {
  /** normalised header keys (`normalizeKey`), for matching columns */
  keys: string[];
  /** header cells as plain text, for display */
  headers: string[];
  rows: Array<{ node: TableRow; cells: TableCell[]; texts: string[] }>;
}

/** A GFM table as header keys and body rows (cells as nodes and plain text). */
export function tableRecords(table: Table): TableRecords {
  const [head, ...body] = table.children;
  const headers = (head?.children ?? []).map((cell) => toString(cell).trim());
  const keys = headers.map((h) => normalizeKey(h));
  const rows = body.map((node) => ({ node, cells: node.children, texts: node.children.map((c) => toString(c).trim()) }));
  return { keys, headers, rows };
}
