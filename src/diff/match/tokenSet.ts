import { cleanText } from '../../parse/text/cleanText.js';
import { MIN_TOKEN_LENGTH, STOP_WORDS } from '../policy/matching.js';
import { singular } from '../../util/singular.js';

/**
 * The identity-bearing words of a title: lower case, emoji and punctuation
 * gone, stop words (policy/matching.ts) dropped, a plural `s` cut, so
 * "Integration Failures (12 Critical)" and "integration failure" share words.
 */
export function tokenSet(text: string): ReadonlySet<string> {
  const known = CACHE.get(text);
  if (known !== undefined) return known;
  if (CACHE.size >= CACHE_SIZE) CACHE.clear();
  const words = cleanText(text)
    .toLowerCase()
    .split(/[^\p{L}\p{N}_]+/u)
    .filter((word) => word.length >= MIN_TOKEN_LENGTH && !STOP_WORDS.has(word));
  const set: ReadonlySet<string> = new Set(words.map(singular));
  CACHE.set(text, set);
  return set;
}

/** Titles are scored against many others: their word sets are kept (a pure memo, cleared when full). */
const CACHE = new Map<string, ReadonlySet<string>>();
const CACHE_SIZE = 10_000;
