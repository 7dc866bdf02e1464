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
 * THE ONE PLACE TO SWITCH: once the model carries `report.verdicts` (schema v2,
 * every stated decision), return those here instead of scanning the lines.
 */
export function statedVerdicts(report: Report): StatedVerdict[] {
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
