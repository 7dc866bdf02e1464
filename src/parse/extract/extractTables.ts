import type { Table } from '../../model/types.js';
import type { ExtractContext } from '../context.js';

/** TODO(owner: parser helper): extract tables. */
export function extractTables(_context: ExtractContext): Table[] {
  return [];
}
