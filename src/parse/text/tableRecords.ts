import type { Table, TableCell, TableRow } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { normalizeKey } from './normalizeKey.js';

export interface TableRecords {
  /** normalised header keys (`normalizeKey`), for matching columns */
  keys: string[];
  rows: Array<{ node: TableRow; cells: TableCell[]; texts: string[] }>;
}

/** A GFM table as header keys and body rows (cells as nodes and plain text). */
export function tableRecords(table: Table): TableRecords {
  const [head, ...body] = table.children;
  const keys = (head?.children ?? []).map((cell) => normalizeKey(toString(cell)));
  const rows = body.map((node) => ({ node, cells: node.children, texts: node.children.map((c) => toString(c).trim()) }));
  return { keys, rows };
}
