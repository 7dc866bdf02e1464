import type { Issue, Report } from '../model/types.js';
import { normalizeKey } from '../parse/text/normalizeKey.js';
import { issueLines } from './issueLines.js';
import { tokenSet } from './match/tokenSet.js';
import {
  COUNTED_NOUNS,
  MENTION_WORD_SHARE,
  MIN_DISTINCTIVE_NUMBER,
  MIN_MENTION_WORDS,
  NUMBER_MENTION_SCORE,
  QUALIFIER_WORDS,
  ROUND_NUMBER,
  THEME_MIN_LINES,
  THEME_WORD_SHARE,
  TOPIC_ALIASES,
  YEARS,
} from './policy/issueMentions.js';
import { sectionLines, type SourceLine } from './sectionLines.js';

export interface IssueMention {
  /** the later issue whose text names the earlier one */
  readonly issue: Issue;
  /** the line of that issue that names it */
  readonly line: SourceLine;
  /** 0..1: the share of the earlier title's subject words on the line, or NUMBER_MENTION_SCORE for a shared count */
  readonly score: number;
  /** 'count': the line repeats a distinctive count of the earlier issue; 'title': the later issue's title names it; 'words': another of its lines does */
  readonly by: 'count' | 'title' | 'words';
}

/** Finds, for an earlier issue, the issue of one later report that names it (see mentionFinder). */
export type MentionFinder = (issue: Issue) => IssueMention | null;

const TOPICS: ReadonlySet<string> = new Set(Object.values(TOPIC_ALIASES));

/**
 * For a later report, the function that finds which of its open issues names
 * an earlier issue under other words, or null (policy/issueMentions.ts): one of
 * its lines (title or the bullets under it) holds most of the subject words
 * of the earlier title, once severity words, negations, counted nouns and the
 * later report's theme words are set aside and spellings of one topic folded
 * ("Cannot compile TypeScript" → "TypeScript Compilation (1,316 errors)"), or
 * repeats a distinctive count of the earlier issue ("2,242 mock
 * implementations" → "Mock/Stub patterns: 3 (down 99.9% from 2,242)"). The
 * best line wins; ties go to the earlier issue and line. What it finds is a
 * guess, to be flagged uncertain.
 *
 * `partners` maps a later issue to the earlier issue it already pairs with:
 * when that partner's title differs from the issue looked for only by its
 * numbers ("Issue 0 owned by @octocat" continues, "Issue 3 owned by
 * @octocat" is looked for), the two are numbered siblings the words cannot
 * tell apart, and only a shared count can name it.
 */
export function mentionFinder(report: Report, partners: ReadonlyMap<Issue, Issue> = new Map()): MentionFinder {
  const lines = issueLines(report);
  const theme = themeWords(report);
  const sibling = (later: Issue, issue: Issue): boolean => {
    const partner = partners.get(later);
    return partner !== undefined && numberedSiblings(partner.title, issue.title);
  };
  return (issue) => {
    const words = subjectWords(issue.title, theme);
    const wordsUsable = words.size >= MIN_MENTION_WORDS || [...words].some((w) => TOPICS.has(w));
    const numbers = distinctiveNumbers(`${issue.title}\n${issue.detail ?? ''}`);
    if (!wordsUsable && numbers.size === 0) return null;
    let best: IssueMention | null = null;
    for (const [i, own] of lines.entries()) {
      const later = report.issues[i];
      if (later === undefined || later.status === 'resolved') continue;
      const wordsHere = wordsUsable && !sibling(later, issue);
      for (const [k, line] of own.entries()) {
        const share = wordsHere ? wordShare(words, subjectWords(line.text, theme)) : 0;
        const count = sharesNumber(numbers, line.text);
        if (share < MENTION_WORD_SHARE && !count) continue;
        const score = Math.max(share, count ? NUMBER_MENTION_SCORE : 0);
        if (best === null || score > best.score) best = { issue: later, line, score, by: count ? 'count' : k === 0 ? 'title' : 'words' };
      }
    }
    return best;
  };
}

/** Two titles that differ only in their digits: "Issue 0 …" and "Issue 3 …", "Sprint 2 …" and "Sprint 5 …". */
function numberedSiblings(a: string, b: string): boolean {
  const x = normalizeKey(a);
  const y = normalizeKey(b);
  return x !== y && x.replace(/\d+/g, '#') === y.replace(/\d+/g, '#');
}

/** The words of a text that name its subject (see QUALIFIER_WORDS, COUNTED_NOUNS, TOPIC_ALIASES); digits are left to counts. */
function subjectWords(text: string, theme: ReadonlySet<string>): ReadonlySet<string> {
  const words = [...tokenSet(text)].filter((w) => !/^\d+$/.test(w) && !QUALIFIER_WORDS.has(w) && !COUNTED_NOUNS.has(w) && !theme.has(w));
  return new Set(words.map((w) => TOPIC_ALIASES[w] ?? w));
}

/** Words on more than THEME_WORD_SHARE of a report's non-empty lines (headings included), and on more than THEME_MIN_LINES. */
function themeWords(report: Report): ReadonlySet<string> {
  const texts = report.sections.flatMap((s) => [s.heading, ...sectionLines(s).map((l) => l.text)]).filter((t) => t !== '');
  const lines = new Map<string, number>();
  for (const text of texts) for (const word of tokenSet(text)) lines.set(word, (lines.get(word) ?? 0) + 1);
  return new Set([...lines].filter(([, n]) => n > Math.max(THEME_MIN_LINES, texts.length * THEME_WORD_SHARE)).map(([word]) => word));
}

function wordShare(words: ReadonlySet<string>, on: ReadonlySet<string>): number {
  if (words.size === 0) return 0;
  let shared = 0;
  for (const word of words) if (on.has(word)) shared += 1;
  return Math.round((shared / words.size) * 1000) / 1000;
}

function sharesNumber(numbers: ReadonlySet<number>, line: string): boolean {
  if (numbers.size === 0) return false;
  for (const n of distinctiveNumbers(line)) if (numbers.has(n)) return true;
  return false;
}

/** Distinctive integers written in a text (policy/issueMentions.ts); a linear scan, no backtracking. */
export function distinctiveNumbers(text: string): ReadonlySet<number> {
  const found = new Set<number>();
  for (const match of text.matchAll(/\d[\d,.]*/g)) {
    const raw = trimEnd(match[0]);
    const after = text[match.index + raw.length] ?? '';
    const before = text[match.index - 1] ?? '';
    if (raw.includes('.') || after === '%' || /[\p{L}_]/u.test(before) || !/^\d{1,3}(,\d{3})*$|^\d+$/.test(raw)) continue;
    const value = Number(raw.replace(/,/g, ''));
    const year = !raw.includes(',') && value >= YEARS.from && value <= YEARS.to;
    if (value >= MIN_DISTINCTIVE_NUMBER && value % ROUND_NUMBER !== 0 && !year) found.add(value);
  }
  return found;
}

/** A number's text without the trailing commas and full stops of the sentence around it. */
function trimEnd(text: string): string {
  let end = text.length;
  while (end > 0 && (text[end - 1] === ',' || text[end - 1] === '.')) end -= 1;
  return text.slice(0, end);
}
