import type { Issue, Report } from '../model/types.js';
import { readMark } from '../parse/text/readMark.js';
import { tokenSet } from './match/tokenSet.js';
import { sectionLines, type SourceLine } from './sectionLines.js';
import { MENTION_SHARE, MIN_TITLE_WORDS_FOR_MENTION, RESOLVED_WORDS } from './policy/markers.js';

/** The line of the newer report that says an issue is resolved. */
export type ResolutionMarker = SourceLine;

/**
 * The first line of `report` that names `issue` and says it is resolved
 * ("✅ API_TIMEOUT_SECONDS: Fixed"), or null. Lines are read from each
 * section's markdown (see sectionLines).
 */
export function findResolutionMarker(issue: Issue, report: Report): ResolutionMarker | null {
  const names = issue.identifiers.map((id) => id.replace(/`/g, '').trim().toLowerCase()).filter((id) => id.length > 2);
  const words = tokenSet(issue.title);
  if (names.length === 0 && words.size < MIN_TITLE_WORDS_FOR_MENTION) return null;
  for (const section of report.sections) {
    for (const line of sectionLines(section)) {
      if (namesIssue(line.text, names, words) && saysResolved(line.text)) return line;
    }
  }
  return null;
}

function namesIssue(line: string, names: readonly string[], words: ReadonlySet<string>): boolean {
  const lower = line.toLowerCase();
  if (names.length > 0) return names.some((name) => containsWord(lower, name));
  const lineWords = tokenSet(line);
  let named = 0;
  for (const word of words) if (lineWords.has(word)) named += 1;
  return named >= MIN_TITLE_WORDS_FOR_MENTION && named >= Math.ceil(words.size * MENTION_SHARE);
}

function containsWord(text: string, word: string): boolean {
  let at = text.indexOf(word);
  while (at !== -1) {
    const before = text[at - 1] ?? ' ';
    const after = text[at + word.length] ?? ' ';
    if (!/[\p{L}\p{N}_]/u.test(before) && !/[\p{L}\p{N}_]/u.test(after)) return true;
    at = text.indexOf(word, at + 1);
  }
  return false;
}

/** A done mark, or a resolved word outside code spans (`execute-queen-complete.ts` says nothing). */
function saysResolved(line: string): boolean {
  const prose = line.replace(/`[^`]*`/g, ' ');
  const mark = readMark(prose);
  return mark === 'done' || (mark === null && RESOLVED_WORDS.test(prose));
}
