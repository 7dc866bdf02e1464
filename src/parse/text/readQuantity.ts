import type { Quantity } from '../../model/types.js';
import { APPROXIMATE_PREFIXES, NUMBER_WORDS, RANGE_UNITS, UNITS } from '../policy/units.js';
import { countNoun } from './countNoun.js';

/** A value read from text, and where the text after it starts. */
export interface Read<T> {
  value: T;
  start: number;
  end: number;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const alternation = (words: readonly string[]): string =>
  [...words].sort((a, b) => b.length - a.length).map(escape).join('|');

const UNIT_OF = new Map(UNITS.flatMap(({ unit, aliases }) => [[unit.toLowerCase(), unit], ...aliases.map((a) => [a, unit] as const)]));
const UNIT_ALT = alternation([...UNIT_OF.keys()]);
const KNOWN_UNITS: ReadonlySet<string> = new Set(UNITS.map(({ unit }) => unit));
const RANGE_UNIT_ALT = alternation([...UNIT_OF.entries()].filter(([, unit]) => RANGE_UNITS.includes(unit)).map(([alias]) => alias));

/** A unit of UNITS or a scale (`/100`); false for a count noun read from the text (`god objects`). */
export function isKnownUnit(unit: string): boolean {
  return KNOWN_UNITS.has(unit) || unit.startsWith('/');
}
const APPROX_ALT = alternation(APPROXIMATE_PREFIXES);
const WORD_ALT = alternation(Object.keys(NUMBER_WORDS));

/**
 * `~60%`, `-1,234.5 ms`, `+53.9pp`, `87/100`, `2.58x`, `450+ lines` (a floor, exact), `<80%` (a bound: approximate),
 * `6-hour`, `Zero`. Dates (`2025-09-27`), versions (`1.0.0`), ranges (`1-2`), names (`02-main.png`)
 * and numbers inside words are no quantity.
 */
const QUANTITY = new RegExp(
  String.raw`(?<bound>[<>≤≥]=?\s*)?(?<approx>(?:${APPROX_ALT})\s*)?` +
    String.raw`(?:(?<sign>[+\-−±])?(?<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)` +
    String.raw`(?:\s?/\s?(?<den>\d+(?:\.\d+)?))?|(?<word>${WORD_ALT})(?![\p{L}\d]))` +
    String.raw`(?<plus>\+)?(?:(?:\s|-)?(?<unit>${UNIT_ALT})(?![\p{L}\d]))?(?<plus2>\+)?` +
    String.raw`(?![\p{L}\d_]|[-/.,:]\d|[-.]\p{L})`,
  'iuy',
);
const WORD_BEFORE = /[\p{L}\d_.]/u;
/**
 * A range in a unit of time (RANGE_UNITS): `8-13 days`, `2–4 hours`, `100-300ms`, `~1-2 weeks`. Its value is the range as
 * written (a string: no single number), low below high; a range with no such unit (`Phase 1-2`,
 * `Rules 1-10`, `60-70%`) is none.
 */
const RANGE = new RegExp(
  String.raw`(?<approx>(?:${APPROX_ALT})\s*)?(?<low>\d+(?:\.\d+)?)\s?[-–]\s?(?<high>\d+(?:\.\d+)?)\s?(?<unit>${RANGE_UNIT_ALT})(?![\p{L}\d_]|[-/.,:]\d)`,
  'iuy',
);

/** A quantity read, and where its number (with a unit of UNITS) ends: before the count noun, when one follows (`243` of `243 god objects`). */
export interface ReadQuantity extends Read<Quantity> {
  numberEnd: number;
}

/** The quantity written at `at` in `text` (white space skipped), or null. */
export function readQuantity(text: string, at = 0): ReadQuantity | null {
  let start = at;
  while (start < text.length && /\s/.test(text.charAt(start))) start++;
  if (start > 0 && WORD_BEFORE.test(text.charAt(start - 1))) return null;
  QUANTITY.lastIndex = start;
  const match = QUANTITY.exec(text);
  const g = match?.groups;
  // a range (`8-13 days`) is no single quantity: read only where none is
  if (!match || !g) return readRange(text, start);
  // `2–4 hours`: an en dash does not end a number the way a hyphen does
  if (text.charAt(start + match[0].length) === '–') {
    const range = readRange(text, start);
    if (range) return range;
  }
  const magnitude = g.word !== undefined ? (NUMBER_WORDS[g.word.toLowerCase()] ?? null) : Number((g.num ?? '').replace(/,/g, ''));
  const value = magnitude === null ? null : g.sign === '-' || g.sign === '−' ? -magnitude : magnitude;
  const known = g.den !== undefined ? `/${g.den}` : g.unit !== undefined ? (UNIT_OF.get(g.unit.toLowerCase()) ?? null) : null;
  // a whole count with no unit may name what it counts: `243 god objects`
  const numberEnd = start + match[0].length;
  const counted = known === null && g.num !== undefined && !g.num.includes('.') ? countNoun(text, numberEnd) : null;
  const unit = counted?.unit ?? known;
  const end = counted?.end ?? numberEnd;
  const raw = text.slice(start, end).trim();
  // `450+`, `85%+` state a floor that was reached, written exactly: not approximate (a `~` or `about` is)
  const approximate = g.bound !== undefined || g.approx !== undefined;
  return { value: { value, unit, approximate, raw }, start, end, numberEnd };
}

function readRange(text: string, start: number): ReadQuantity | null {
  RANGE.lastIndex = start;
  const g = RANGE.exec(text)?.groups;
  if (!g || g.low === undefined || g.high === undefined || Number(g.low) >= Number(g.high)) return null;
  const end = RANGE.lastIndex;
  const unit = UNIT_OF.get(g.unit?.toLowerCase() ?? '') ?? null;
  return { value: { value: `${g.low}-${g.high}`, unit, approximate: g.approx !== undefined, raw: text.slice(start, end).trim() }, start, end, numberEnd: end };
}
