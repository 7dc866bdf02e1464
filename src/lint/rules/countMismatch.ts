import type { Report } from '../../model/types.js';
import { cleanText } from '../../parse/text/cleanText.js';
import { firstList, type ListItem } from '../listItems.js';
import { COUNT_NOUN, COUNT_PHRASE, MEASURE_WORD, NOT_A_COUNT_BEFORE, NUMBER_WORDS } from '../policy/countNouns.js';
import { reportLines, type SourceLine, sectionLines } from '../sourceLines.js';
import type { LintCitation, LintRule, RuleFinding } from '../types.js';

interface StatedCount {
  readonly count: number;
  readonly phrase: string;
  /** the noun names what a list enumerates (not only a number above fields) */
  readonly countable: boolean;
}

/** A count a heading or lead-in states, or null. */
export function statedCount(text: string): StatedCount | null {
  const plain = cleanText(text.replace(/[*_`]/g, ''));
  const match = COUNT_PHRASE.exec(plain);
  if (!match) return null;
  const before = plain.slice(0, match.index + (match[0].startsWith('(') || /^\s/.test(match[0]) ? 1 : 0));
  if (NOT_A_COUNT_BEFORE.test(before)) return null;
  const raw = (match[1] ?? '').toLowerCase();
  const count = NUMBER_WORDS[raw] ?? Number(raw);
  const words = (match[2] ?? '').trim().split(/\s+/);
  if (MEASURE_WORD.test(words[0] ?? '')) return null;
  if (!Number.isInteger(count) || count < 2) return null;
  const countable = COUNT_NOUN.test(words.at(-1) ?? '') || COUNT_NOUN.test(words[0] ?? '');
  return { count, phrase: `${match[1]}${match[2]}`.trim(), countable };
}

function compare(stated: StatedCount, said: string, at: LintCitation['position'], items: ListItem[], restated: () => readonly SourceLine[]): RuleFinding | null {
  if (items.length === 0 || items.length === stated.count) return null;
  // a number above a list of fields ("1,316 errors": Location, Impact, ...) counts something else
  if (!stated.countable) return null;
  if (!items[0]?.ordered && items.length * 3 < stated.count) return null;
  const itemCitations = items.map((item, i) => ({ position: { line: item.line, column: 1 }, note: `item ${i + 1} of ${items.length}` }));
  return {
    message: `"${said}" states ${stated.count} but ${items.length} ${items.length === 1 ? 'item is' : 'items are'} listed under it (lines ${items[0]?.line}-${items.at(-1)?.line})`,
    citations: [
      { position: at, note: `states ${stated.count}` },
      ...itemCitations,
      ...restated().filter((l) => l.line !== at.line).map((l) => ({ position: { line: l.line, column: 1 }, note: `restates ${stated.count}` })),
    ],
  };
}

/** A value computed on first use. */
function lazy<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= make());
}

/** Other lines that state the same count of the same thing ("Resolve 12 critical integration failures"). */
function restatements(stated: StatedCount, all: () => readonly SourceLine[]): SourceLine[] {
  const words = stated.phrase.split(/\s+/).slice(0, 2).map((w) => w.replace(/[^\p{L}\p{N}-]/gu, '')).join('\\s+');
  const pattern = new RegExp(`(^|[^\\d,.])${words}\\b`, 'i');
  return all().filter((l) => pattern.test(l.text.replace(/[*_`]/g, '')));
}

/** Lead-in lines ending with a colon that state a count, and the list right after them. */
function leadInFindings(lines: readonly SourceLine[], all: () => readonly SourceLine[]): RuleFinding[] {
  const found: RuleFinding[] = [];
  lines.forEach((l, i) => {
    if (!/:\**\s*$/.test(l.text) || /^\s*([-*+]|\d+[.)])\s/.test(l.text)) return;
    const stated = statedCount(l.text.replace(/:\**\s*$/, ''));
    if (!stated) return;
    const rest = lines.slice(i + 1);
    const start = rest.findIndex((r) => r.text.trim() !== '');
    const finding = compare(stated, cleanText(l.text.replace(/[*_`]/g, '')).replace(/:\s*$/, ''), { line: l.line, column: 1 }, firstList(start < 0 ? [] : rest.slice(start)), () => restatements(stated, all));
    if (finding) found.push(finding);
  });
  return found;
}

export const countMismatch: LintRule = {
  id: 'count-mismatch',
  severity: 'error',
  description: 'A heading or lead-in states a count ("12 critical failures") and a different number of items is listed under it',
  check(report: Report): RuleFinding[] {
    const found: RuleFinding[] = [];
    const all = lazy(() => reportLines(report));
    for (const section of report.sections) {
      const lines = sectionLines(section);
      const stated = section.depth > 0 ? statedCount(section.heading) : null;
      const finding = stated ? compare(stated, cleanText(section.heading), section.position, firstList(lines), () => restatements(stated, all)) : null;
      if (finding) found.push(finding);
      found.push(...leadInFindings(lines, all));
    }
    return found;
  },
};
