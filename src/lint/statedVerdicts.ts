import type { Position, Report, Verdict } from '../model/types.js';
import { VERDICT_IGNORED_KINDS, VERDICT_KEYS } from '../parse/policy/verdicts.js';
import { cleanText } from '../parse/text/cleanText.js';
import { normalizeKey } from '../parse/text/normalizeKey.js';
import { readVerdict } from '../parse/text/readVerdict.js';
import { sectionLines } from './sourceLines.js';

/** One decision the report states somewhere. */
export interface StatedVerdict {
  readonly value: string;
  readonly decision: Verdict['decision'];
  readonly position: Position;
}

const FIELD = /^\s*(?:[-*+]\s+)?[*_]*([^*_:|]{2,60}?)[*_]*\s*:\s*(.+)$/;

/**
 * Every verdict the report states: headings and `key: value` lines announced
 * by a verdict key (`## FINAL VERDICT: NO-GO`, `**Recommendation**: CONDITIONAL GO`,
 * a header `**Status**:`), outside risk, step and action sections.
 *
 * THE ONE PLACE TO SWITCH: when the model carries `report.verdicts` (schema
 * v2: every stated decision, go | conditional | no-go | unknown), those are
 * used (unknown decisions left out) and the lines are not scanned. Once v2 is
 * merged, `fromModel` can read the typed field directly.
 */
export function statedVerdicts(report: Report): StatedVerdict[] {
  const listed = fromModel(report);
  if (listed) return listed;
  const found: StatedVerdict[] = [];
  for (const section of report.sections) {
    if (VERDICT_IGNORED_KINDS.has(section.kind)) continue;
    const header = section.depth <= 1;
    const heading = FIELD.exec(cleanText(section.heading));
    if (section.depth > 0 && heading) push(found, heading[1] ?? '', heading[2] ?? '', section.position, false);
    for (const l of sectionLines(section)) {
      const field = FIELD.exec(l.text);
      if (field) push(found, field[1] ?? '', field[2] ?? '', { line: l.line, column: 1 }, header);
    }
  }
  const chosen = report.verdict;
  if (chosen && !found.some((v) => v.position.line === chosen.position.line)) found.push({ value: chosen.value, decision: chosen.decision, position: chosen.position });
  return found.sort((a, b) => a.position.line - b.position.line);
}

function push(found: StatedVerdict[], key: string, value: string, position: Position, header: boolean): void {
  const name = normalizeKey(cleanText(key));
  if (!VERDICT_KEYS.test(name) && !(header && name === 'status')) return;
  const verdict = readVerdict(value);
  if (verdict) found.push({ ...verdict, position });
}

const DECISIONS: ReadonlySet<string> = new Set(['go', 'conditional', 'no-go']);

/** `report.verdicts` of schema v2 when present, its unknown decisions left out; else null (schema v1 has no such field). */
function fromModel(report: Report): StatedVerdict[] | null {
  if (!('verdicts' in report) || !Array.isArray(report.verdicts)) return null;
  const listed: unknown[] = report.verdicts;
  return listed.filter(isStated).sort((a, b) => a.position.line - b.position.line);
}

function isStated(value: unknown): value is StatedVerdict {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Partial<Record<keyof StatedVerdict, unknown>>;
  const position = v.position as Partial<Record<'line' | 'column', unknown>> | null | undefined;
  return typeof v.value === 'string' && typeof v.decision === 'string' && DECISIONS.has(v.decision) && typeof position?.line === 'number' && typeof position.column === 'number';
}
