import { METRIC_COLUMNS, type ColumnRole } from '../../policy/metricColumns.js';
import { normalizeKey } from '../../text/normalizeKey.js';

export type Columns = Partial<Record<ColumnRole, number>>;

/**
 * Which column of a table holds what, from its headers (first column of a role
 * wins). The name column is the first column that takes no other role. With a
 * before column and no after column, a current column (`Current Audit`) is the after.
 */
export function columnRoles(headers: readonly string[]): Columns {
  const columns: Columns = {};
  const free: number[] = [];
  headers.forEach((header, i) => {
    const key = normalizeKey(header);
    const role = METRIC_COLUMNS.find((row) => row.pattern.test(key))?.role;
    if (role === undefined || role === 'name' || columns[role] !== undefined) free.push(i);
    else columns[role] = i;
  });
  if (free[0] !== undefined) columns.name = free[0];
  if (columns.before !== undefined && columns.after === undefined && columns.current !== undefined) {
    columns.after = columns.current;
    delete columns.current;
  }
  return columns;
}
