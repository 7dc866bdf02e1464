import type { Comparator, Target } from '../../model/types.js';
import { BARE_TARGET, COMPARATORS } from '../policy/comparators.js';
import { numberOf } from '../../model/quantityValue.js';
import { readQuantity, type Read } from './readQuantity.js';

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const spell = (token: string): string => (/^\p{L}/u.test(token) ? `${escape(token)}\\b` : escape(token));
const TOKENS = COMPARATORS.flatMap(({ comparator, tokens }) => tokens.map((token) => ({ comparator, token })));
const COMPARATOR_OF = new Map(TOKENS.map(({ comparator, token }) => [token.toLowerCase(), comparator]));
const ALT = [...TOKENS].sort((a, b) => b.token.length - a.token.length).map(({ token }) => spell(token)).join('|');
/** `Target: `, optional comparator, optional second comparator (`Maintain >92%`: >; `Maintain <40`: <). */
const LEAD = new RegExp(String.raw`\s*(?<cue>targets?\b\s*(?:of|is|=|:)?\s*)?(?:(?<first>${ALT})\s*)?(?:(?<second>[<>≤≥]=?|=)\s*)?`, 'iuy');

/**
 * The target written at `at` in `text`: `>95%`, `Maintain 92%+`, `<0.3% violations`,
 * `at least 80%`, `Target: 90%+`. A value with no comparator (`90%`, `90%+`: read
 * as `>=`) is a target only when `bare` is set (a Target column) or a `Target`
 * cue precedes it: a lone `600+ patterns` is a count, not a target.
 */
export function readTarget(text: string, at = 0, bare = false): Read<Target> | null {
  LEAD.lastIndex = at;
  const lead = LEAD.exec(text);
  const g = lead?.groups;
  if (!lead || !g) return null;
  const quantity = readQuantity(text, at + lead[0].length);
  if (!quantity) return null;
  const q = quantity.value;
  const plus = /\+$/.test(q.raw);
  const named = pick(g.first, g.second);
  if (!named && !bare && g.cue === undefined) return null;
  const comparator = named ?? (plus ? '>=' : numberOf(q) === 0 ? BARE_TARGET.zero : BARE_TARGET.other);
  const start = at + (lead[0].length - lead[0].trimStart().length) + (g.cue?.length ?? 0);
  const raw = text.slice(start, quantity.end).trim();
  return { value: { comparator, value: numberOf(q), unit: q.unit, raw }, start, end: quantity.end };
}

function pick(first: string | undefined, second: string | undefined): Comparator | null {
  const a = first === undefined ? null : (COMPARATOR_OF.get(first.toLowerCase()) ?? null);
  const b = second === undefined ? null : (COMPARATOR_OF.get(second.toLowerCase()) ?? null);
  if (b === null) return a;
  // `Maintain >92%` states a strict bound, `Maintain ≥92%` a floor: the written sign is the comparator
  if (a === 'maintain') return b;
  return a ?? b;
}
