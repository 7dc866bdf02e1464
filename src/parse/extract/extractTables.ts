import type { Table } from '../../model/types.js';
import type { ExtractContext } from '../context.js';
import { position } from '../text/position.js';
import { tableCells } from './measure/tableCells.js';
import { walkBlocks } from './measure/walkBlocks.js';

/**
 * Every GFM table as data: plain-text headers and rows, in document order.
 * The id is `<sectionId>-table-<n>`, n counting from 1 within the section.
 */
export function extractTables(context: ExtractContext): Table[] {
  const tables: Table[] = [];
  for (const { section, nodes } of context.sections) {
    let n = 0;
    walkBlocks(nodes, (node) => {
      if (node.type !== 'table') return;
      const { headers, rows } = tableCells(node);
      n += 1;
      tables.push({ id: `${section.id}-table-${n}`, sectionId: section.id, headers, rows, position: position(node) });
    });
  }
  return tables;
}
