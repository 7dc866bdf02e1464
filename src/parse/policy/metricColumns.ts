/**
 * What a table column holds, told by its header words (tested in order against
 * the normalised header; first match wins, the first column of a role wins).
 * A table with a name column and at least one measure column (target, current,
 * before, after) holds metrics; one with both a target and a current (or after)
 * column is gate-like: each row is also a gate.
 */
export type ColumnRole = 'target' | 'before' | 'after' | 'status' | 'change' | 'current' | 'name';

export const METRIC_COLUMNS: ReadonlyArray<{ role: ColumnRole; pattern: RegExp }> = [
  { role: 'target', pattern: /\b(target|threshold|requirement|required|goal|expected|budget|limit|sla|min(imum)?|max(imum)?)\b/ },
  { role: 'before', pattern: /\b(before|initial|baseline|pre|previous|original|prior|old|starting|start)\b/ },
  { role: 'after', pattern: /\b(after|post|final|now|end)\b/ },
  { role: 'status', pattern: /\b(status|state|verdict|outcome|pass fail|met)\b/ },
  { role: 'change', pattern: /\b(change|delta|improvement|diff|difference|trend|reduction|gain)\b/ },
  { role: 'current', pattern: /\b(current|actual|achieved|value|score|result|measured|observed|reading|level|rate)\b/ },
  { role: 'name', pattern: /\b(metric|gate|criterion|criteria|kpi|measure|category|check|component|area|dimension|item|rule|indicator)\b/ },
];
