import { COUNT_NOUN_FOLLOWERS, COUNT_NOUN_MODIFIERS, COUNT_NOUN_PHRASE_WORDS, COUNT_NOUN_STOPS, COUNT_NOUN_VERBS } from '../policy/units.js';

/** A word after a count, and where it ends. */
const WORD = /[ \t]+(\p{L}[\p{L}'’-]*)/uy;
/** What may follow the noun for its clause to end there: the end, punctuation, a closing emphasis mark, an arrow. */
const CLAUSE_END = /[ \t]*(?:$|[,;:.!?()[\]{}|—–*_→⟶➡]|-[\s>]|=>)/uy;
/** A plural common noun: lower case, ending in -s but not -ss, -us, -is (class, status, analysis). */
const PLURAL = /^\p{Ll}[\p{Ll}-]*[^sui]s$/u;

/**
 * The noun phrase after a whole count at `from` in `text` that names what it
 * counts (policy: COUNT_NOUN_* in units.ts): its unit, the phrase as written
 * (the head noun alone when the phrase is long), and where it ends. Null when
 * the words after the count are no such phrase.
 */
export function countNoun(text: string, from: number): { unit: string; end: number } | null {
  const words: string[] = [];
  let at = from;
  for (let n = 0; n <= COUNT_NOUN_MODIFIERS; n++) {
    WORD.lastIndex = at;
    const match = WORD.exec(text);
    const word = match?.[1];
    if (!match || word === undefined || COUNT_NOUN_STOPS.has(word.toLowerCase())) return null;
    at = match.index + match[0].length;
    words.push(word);
    if (PLURAL.test(word) && !COUNT_NOUN_VERBS.has(word) && endsClause(text, at)) {
      return { unit: words.length > COUNT_NOUN_PHRASE_WORDS ? word : words.join(' '), end: at };
    }
  }
  return null;
}

function endsClause(text: string, at: number): boolean {
  CLAUSE_END.lastIndex = at;
  if (CLAUSE_END.test(text)) return true;
  WORD.lastIndex = at;
  const next = WORD.exec(text)?.[1];
  return next !== undefined && COUNT_NOUN_FOLLOWERS.has(next.toLowerCase());
}
