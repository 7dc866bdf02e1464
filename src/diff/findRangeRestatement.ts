import type { Position, Quantity, Report } from '../model/types.js';
import { normalizeKey } from '../parse/text/normalizeKey.js';
import { RANGE_GAP, RANGE_VALUE } from './policy/ranges.js';

/** A metric restated as a range on a line of a report. */
export interface RangeRestatement {
  readonly value: Quantity;
  readonly low: number;
  readonly high: number;
  readonly position: Position;
}

/**
 * The first line of `report` that names the metric `name` and gives it a
 * range ("**Production Readiness Score**: 35-45/100 (audited)"), or null.
 * Only separators may stand between the name and the range (policy/ranges.ts). The value is
 * kept as written, with no single number.
 */
export function findRangeRestatement(name: string, report: Report): RangeRestatement | null {
  const key = normalizeKey(name);
  if (key.length < 3) return null;
  for (const section of report.sections) {
    if (section.markdown === '') continue;
    const lines = section.markdown.split('\n');
    const first = section.endLine - (lines.length - 1);
    for (const [k, line] of lines.entries()) {
      const found = rangeAfterName(line, key);
      if (found === null) continue;
      const indent = k === 0 ? 0 : line.length - line.trimStart().length;
      return { ...found, position: { line: first + k, column: indent + 1 } };
    }
  }
  return null;
}

function rangeAfterName(line: string, key: string): Omit<RangeRestatement, 'position'> | null {
  const plain = line.replace(/[*_`]/g, '');
  const at = plain.toLowerCase().indexOf(key);
  if (at === -1 || !normalizeKey(plain).includes(key)) return null;
  const rest = plain.slice(at + key.length);
  const match = RANGE_VALUE.exec(rest);
  const groups = match?.groups;
  if (!match || !groups || !RANGE_GAP.test(rest.slice(0, match.index))) return null;
  const low = Number(groups.low);
  const high = Number(groups.high);
  if (!(low < high)) return null;
  const unit = groups.unit === undefined ? null : groups.unit.replace(/\s+/g, '');
  return { value: { value: null, unit, approximate: true, raw: match[0].trim() }, low, high };
}
