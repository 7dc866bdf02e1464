import { MAX_REPORT_COLUMNS } from '../policy/historyLayout.js';

/** A run of report columns shown in one table. */
export interface Band {
  /** first report index (0-based, inclusive) */
  readonly from: number;
  /** last report index (exclusive) */
  readonly to: number;
}

/**
 * The report columns cut into bands of at most `max` columns, of about equal
 * size (5 reports: 3 + 2, not 4 + 1). No reports: no band.
 */
export function columnBands(count: number, max = MAX_REPORT_COLUMNS): Band[] {
  if (count === 0) return [];
  const bands = Math.ceil(count / max);
  const size = Math.ceil(count / bands);
  return Array.from({ length: bands }, (_, i) => ({ from: i * size, to: Math.min(count, (i + 1) * size) })).filter((b) => b.from < b.to);
}
