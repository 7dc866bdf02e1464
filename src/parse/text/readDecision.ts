import type { Decision } from '../../model/types.js';
import {
  ARTICLES, CONDITION_WORDS, NEGATORS, RELEASE_FOLLOWERS, VERDICT_TERMS, type LexiconTerm, type Polarity,
} from '../policy/verdictLexicon.js';
import { cleanText } from './cleanText.js';

export interface DecisionReading {
  /** the first clause as written, upper-cased, decoration removed: "COMPLETE REBUILD RECOMMENDED" */
  value: string;
  /** 'unknown' when no term of the lexicon decides */
  decision: Decision;
  /** index (in words of the clause) of the term that decided; null when none did */
  termAt: number | null;
  /** words in the first clause */
  words: number;
}

/** "GO/NO-GO" names the decision to be made; it decides nothing. */
const GO_NO_GO = /\bGO ?\/ ?NO[- ]?GO\b/g;
const TOKEN = /[A-Z0-9]+/g;

/**
 * The release decision a short text states, read with the polarity lexicon
 * (src/parse/policy/verdictLexicon.ts): the first term that decides, negated
 * when NOT / NO / ZERO stands in the two words before it (a negated go is
 * no-go, a negated failure decides nothing), made conditional by a condition
 * word anywhere in the sentence. `accept` 'decision' ignores state terms
 * (READY, FAILED): a status line decides only with an order or a decision.
 */
export function readDecision(text: string, accept: 'decision' | 'state'): DecisionReading {
  const cleaned = cleanText(text.replace(/[*`]/g, ''))
    .replace(/^[\s_:\-–—]+/, '')
    .toUpperCase()
    .replace(/'/g, '')
    .replace(GO_NO_GO, ' ');
  const trimmed = cleaned.slice(0, trailingEnd(cleaned));
  const sentence = firstPart(trimmed, ['. ', '; ']).replace(/\.$/, '');
  const value = firstPart(sentence, [' - ', ' – ', ' — ', ' (', ': ']).trim();
  const tokens = sentence.match(TOKEN) ?? [];
  const clauseWords = (value.match(TOKEN) ?? []).length;
  for (let i = 0; i < tokens.length; i += 1) {
    const term = VERDICT_TERMS.find((t) => matches(t, tokens, i));
    if (!term || (accept === 'decision' && term.strength === 'state')) continue;
    const polarity = negated(tokens, i) ? flip(term.polarity) : term.polarity;
    if (polarity === null) continue;
    const conditional = polarity === 'go' && tokens.some((t) => CONDITION_WORDS.has(t));
    return { value, decision: conditional ? 'conditional' : polarity, termAt: i, words: clauseWords };
  }
  return { value, decision: 'unknown', termAt: null, words: clauseWords };
}

/** Where the text ends once trailing white space and emphasis underscores are cut (a scan, no backtracking). */
function trailingEnd(text: string): number {
  let end = text.length;
  while (end > 0 && /[\s_]/.test(text.charAt(end - 1))) end -= 1;
  return end;
}

function firstPart(text: string, separators: readonly string[]): string {
  let end = text.length;
  for (const separator of separators) {
    const at = text.indexOf(separator);
    if (at > 0 && at < end) end = at;
  }
  return text.slice(0, end);
}

function matches(term: LexiconTerm, tokens: readonly string[], at: number): boolean {
  if (!term.words.every((word, k) => tokens[at + k] === word)) return false;
  if (term.after && !term.after.includes(tokens[at - 1] ?? '')) return false;
  if (term.releaseObject) {
    let next = at + term.words.length;
    while (ARTICLES.has(tokens[next] ?? '')) next += 1;
    const follower = tokens[next];
    if (follower !== undefined && !RELEASE_FOLLOWERS.has(follower)) return false;
  }
  return true;
}

function negated(tokens: readonly string[], at: number): boolean {
  return NEGATORS.has(tokens[at - 1] ?? '') || NEGATORS.has(tokens[at - 2] ?? '');
}

/** A negated go is a no-go ("NOT READY"); a negated failure ("ZERO FAILURES") decides nothing. */
function flip(polarity: Polarity): Polarity | null {
  return polarity === 'go' ? 'no-go' : null;
}
