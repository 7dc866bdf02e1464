import type { HistoryOrder } from '../model/historySchema.js';
import type { Report } from '../model/types.js';

export interface Ordered {
  readonly report: Report;
  readonly inputIndex: number;
}

type Key = 'phase' | 'date';

/**
 * The history order: by phase number when every report has one, then by date
 * when every report has an ISO date, then by input order. A key that some
 * report lacks is not used at all (a partial key cannot place the others).
 * `by` names the most significant key that separated any two neighbours.
 */
export function orderReports(reports: readonly Report[]): { ordered: Ordered[]; order: HistoryOrder } {
  const items = reports.map((report, inputIndex) => ({ report, inputIndex }));
  const keys: Key[] = [];
  const missing: string[] = [];
  for (const key of ['phase', 'date'] as const) {
    const lacking = items.filter((item) => value(item.report, key) === null).length;
    if (lacking === 0) keys.push(key);
    else missing.push(`${lacking} of ${items.length} reports ${lacking === 1 ? 'has' : 'have'} no ${key}`);
  }
  const ordered = [...items].sort((a, b) => compareBy(keys, a, b) || a.inputIndex - b.inputIndex);
  const by = keys.find((key) => ordered.some((item, i) => i > 0 && compareKey(key, at(ordered, i - 1), item) !== 0)) ?? 'input';
  return { ordered, order: { by, reason: reason(by, keys, missing) } };
}

function reason(by: Key | 'input', keys: readonly Key[], missing: readonly string[]): string {
  const used = keys.length > 0 ? `ordered by ${keys.join(', then ')}, then input order` : 'input order kept';
  const why = by === 'input' && keys.length > 0 ? `; all reports share the same ${keys.join(' and ')}` : '';
  return [used + why, ...missing].join('; ');
}

function compareBy(keys: readonly Key[], a: Ordered, b: Ordered): number {
  for (const key of keys) {
    const result = compareKey(key, a, b);
    if (result !== 0) return result;
  }
  return 0;
}

function compareKey(key: Key, a: Ordered, b: Ordered): number {
  const x = value(a.report, key);
  const y = value(b.report, key);
  if (x === null || y === null || x === y) return 0;
  if (typeof x === 'number' && typeof y === 'number') return x - y;
  return String(x) < String(y) ? -1 : 1;
}

function value(report: Report, key: Key): number | string | null {
  return key === 'phase' ? (report.meta.phase?.number ?? null) : (report.meta.generated?.iso ?? null);
}

function at(items: readonly Ordered[], index: number): Ordered {
  const item = items[index];
  if (item === undefined) throw new RangeError(`no report at ${index}`);
  return item;
}
