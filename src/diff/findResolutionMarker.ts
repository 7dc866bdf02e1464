import type { Issue, Position, Report } from '../model/types.js';
import { readMark } from '../parse/text/readMark.js';
import { tokenSet } from './match/tokenSet.js';
import { MENTION_SHARE, MIN_TITLE_WORDS_FOR_MENTION, RESOLVED_WORDS } from './policy/markers.js';

export interface ResolutionMarker {
  readonly position: Position;
  /** the line as written, trimmed */
  readonly text: string;
}

/**
 * The first line of `report` that names `issue` and says it is resolved
 * ("✅ API_TIMEOUT_SECONDS: Fixed"), or null. Lines are read from each
 * section's markdown; a line's number is counted back from the section's
 * `endLine`, where its markdown ends.
 */
export function findResolutionMarker(issue: Issue, report: Report): ResolutionMarker | null {
  const names = issue.identifiers.map((id) => id.replace(/`/g, '').trim().toLowerCase()).filter((id) => id.length > 2);
  const words = tokenSet(issue.title);
  if (names.length === 0 && words.size < MIN_TITLE_WORDS_FOR_MENTION) return null;
  for (const section of report.sections) {
    if (section.markdown === '') continue;
    const lines = section.markdown.split('\n');
    const first = section.endLine - (lines.length - 1);
    for (const [k, line] of lines.entries()) {
      if (!namesIssue(line, names, words) || !saysResolved(line)) continue;
      const indent = k === 0 ? 0 : line.length - line.trimStart().length;
      return { position: { line: first + k, column: indent + 1 }, text: line.trim() };
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
