import type { Position, Report } from '../../model/types.js';
import { parseDate } from '../../parse/text/parseDate.js';
import { normalizeKey } from '../../parse/text/normalizeKey.js';
import { DATE_KEYS, DATE_ORDER, type DateKey } from '../policy/dateOrder.js';
import type { LintRule, RuleFinding } from '../types.js';

interface Dated {
  readonly iso: string;
  readonly raw: string;
  readonly position: Position;
}

/** The first dated field of each kind the report states. */
function datedFields(report: Report): Partial<Record<DateKey, Dated>> {
  const found: Partial<Record<DateKey, Dated>> = {};
  const generated = report.meta.generated;
  if (generated?.iso) found.generated = { iso: generated.iso, raw: generated.raw, position: generated.position };
  for (const field of report.meta.fields) {
    const name = normalizeKey(field.key);
    for (const [kind, pattern] of Object.entries(DATE_KEYS) as Array<[DateKey, RegExp | null]>) {
      if (!pattern || found[kind] || !pattern.test(name)) continue;
      const iso = parseDate(field.value);
      if (iso) found[kind] = { iso, raw: field.value, position: field.position };
    }
  }
  return found;
}

/** Compare at the precision both carry: a date-only value against the date part of a timestamp. */
function before(a: string, b: string): boolean {
  const width = a.length === 10 || b.length === 10 ? 10 : Math.min(a.length, b.length);
  return b.slice(0, width) < a.slice(0, width);
}

export const datesOutOfOrder: LintRule = {
  id: 'dates-out-of-order',
  severity: 'error',
  description: 'Dated fields contradict each other: a next update before the report date, a sign-off or an end before the start',
  check(report: Report): RuleFinding[] {
    const dates = datedFields(report);
    const found: RuleFinding[] = [];
    for (const { earlier, later, why } of DATE_ORDER) {
      const a = dates[earlier];
      const b = dates[later];
      if (!a || !b || !before(a.iso, b.iso)) continue;
      found.push({
        message: `Dates out of order: ${why} (${b.raw.trim()} < ${a.raw.trim()})`,
        citations: [{ position: b.position, note: `${later}: ${b.raw.trim()}` }, { position: a.position, note: `${earlier}: ${a.raw.trim()}` }],
      });
    }
    return found;
  },
};
