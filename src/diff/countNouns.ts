import type { Metric, Report } from '../model/types.js';
import { isKnownUnit } from '../parse/text/readQuantity.js';
import { NOT_COUNT_NOUNS } from './policy/unitClasses.js';
import { metricValue } from './metricValue.js';
import { sectionLines } from './sectionLines.js';
import { singular } from '../util/singular.js';

/** The noun a metric's unitless count is written with, or null (see countNouns). */
export type CountNounOf = (metric: Metric) => string | null;

/**
 * The noun a unitless count is written with, for the metrics of a report:
 * "| Typed interfaces | 42 interfaces |" counts interfaces, "Codebase size:
 * 310 objects" objects. The parser keeps only the units it knows
 * (src/parse/policy/units.ts); a word right after the value on the metric's
 * line that is no unit is read here, lower case and singular, unless it is a
 * word of NOT_COUNT_NOUNS ("12 critical", "9 remaining"). A count noun the
 * parser read itself (a unit not in its table: `243 god objects`) gives its
 * last word. Null for a metric with a known unit, no numeric value or no
 * such word. Metrics are found by their
 * line, so merged copies (mergeDuplicateMetrics) are found too.
 */
export function countNouns(report: Report): CountNounOf {
  let lines: Map<number, string> | null = null;
  return (metric) => {
    const value = metricValue(metric);
    if (value === null || typeof value.value !== 'number' || value.raw === '') return null;
    // the parser read the noun itself (`243 god objects`): its last word
    if (value.unit !== null) return isKnownUnit(value.unit) ? null : countNoun(value.unit.split(/\s+/).at(-1) ?? '');
    lines ??= new Map(report.sections.flatMap((section) => sectionLines(section).map((line) => [line.position.line, line.text] as const)));
    return nounAfter(lines.get(metric.position.line) ?? '', value.raw);
  };
}

/** The word right after the first `raw` on the line (emphasis marks skipped), singular, or null. */
export function nounAfter(line: string, raw: string): string | null {
  let at = line.indexOf(raw);
  if (at === -1) return null;
  at += raw.length;
  while (line[at] === '*' || line[at] === '_') at += 1;
  if (line[at] !== ' ') return null;
  at += 1;
  let end = at;
  while (end < line.length && /\p{L}/u.test(line.charAt(end))) end += 1;
  if (end - at < 3 || /[\p{N}_]/u.test(line.charAt(end))) return null;
  return countNoun(line.slice(at, end));
}

/** A word as a count noun: lower case, singular, or null for a word of NOT_COUNT_NOUNS. */
function countNoun(word: string): string | null {
  const noun = singular(word.toLowerCase());
  return noun === '' || NOT_COUNT_NOUNS.has(noun) ? null : noun;
}
