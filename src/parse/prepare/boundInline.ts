import { INPUT_LIMITS } from '../policy/inputLimits.js';
import type { Touched } from './boundNesting.js';

/**
 * What micromark pairs up inside a block (`*`, `_`, `~`, `[`, `]`, `<`, the
 * backtick), each with the look-alike it prints as past the bounds: one UTF-16
 * unit, so columns stay right, and plain text to the parser, so no new event.
 */
const LOOKALIKES = new Map<number, string>([
  [42, '\u2217'],
  [95, '\uFF3F'],
  [126, '\u223C'],
  [91, '\uFF3B'],
  [93, '\uFF3D'],
  [60, '\u2039'],
  [96, '\u02CB'],
]);
const BACKSLASH = 92;
const FENCE = /^ {0,3}(?:`{3,}|~{3,})/;
const RULE = /^ {0,3}([-*_])(?:[ \t]*\1)*[ \t]*$/;
const DELIMITER_ROW = /^[ \t]*\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/;
const QUOTES = /^[ \t]*(?:>[ \t]?)*/;
const BLOCK_START = /^(?:[-*+](?:[ \t]|$)|\d{1,9}[.)](?:[ \t]|$)|#{1,6}(?:[ \t]|$)|\[\^[^\]\s]{1,60}\]:)/;

/**
 * Bounds, in place, what makes micromark quadratic inside one block: past
 * `maxInlineMarks` delimiters between two blank lines, or in a run longer than
 * `maxRun`, delimiters become look-alikes; a paragraph longer than
 * `maxParagraphLines` gets a list marker every that many lines. Fenced code,
 * tables and thematic breaks are left alone. Linear.
 */
export function boundInline(lines: string[]): Touched {
  const touched: Touched = { first: 0, count: 0 };
  let budget: number = INPUT_LIMITS.maxInlineMarks;
  let fence = '';
  let table = false;
  let paragraph = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const opening = FENCE.exec(line)?.[0].trim();
    if (fence !== '') {
      if (opening !== undefined && opening[0] === fence[0] && opening.length >= fence.length) fence = '';
      continue;
    }
    if (opening !== undefined) {
      fence = opening;
      paragraph = 0;
      continue;
    }
    const start = QUOTES.exec(line)?.[0].length ?? 0;
    if (start === line.length || line.trim() === '') {
      budget = INPUT_LIMITS.maxInlineMarks;
      table = false;
      paragraph = 0;
      continue;
    }
    if (RULE.test(line)) continue;
    if (DELIMITER_ROW.test(line) && line.includes('-')) table = true;
    let text = line;
    if (table || BLOCK_START.test(line.slice(start).trimStart())) {
      // a new block (or table row): its inline marks are paired on their own
      paragraph = 1;
      budget = INPUT_LIMITS.maxInlineMarks;
    } else if (++paragraph > INPUT_LIMITS.maxParagraphLines) {
      text = `${line.slice(0, start)}- ${line.slice(start)}`;
      paragraph = 1;
    }
    const bounded = boundMarks(text, budget);
    budget = bounded.budget;
    if (bounded.text === line) continue;
    lines[i] = bounded.text;
    touched.first ||= i + 1;
    touched.count += 1;
  }
  return touched;
}

function boundMarks(line: string, start: number): { text: string; budget: number } {
  let budget = start;
  let out = '';
  let copied = 0;
  let run = 0;
  for (let at = 0; at < line.length; at++) {
    const c = line.charCodeAt(at);
    if (c === BACKSLASH) {
      at += 1;
      run = 0;
      continue;
    }
    const lookalike = LOOKALIKES.get(c);
    if (lookalike === undefined) {
      run = 0;
      continue;
    }
    run = at > 0 && line.charCodeAt(at - 1) === c ? run + 1 : 1;
    if (budget > 0 && run <= INPUT_LIMITS.maxRun) {
      budget -= 1;
      continue;
    }
    out += line.slice(copied, at) + lookalike;
    copied = at + 1;
  }
  return { text: copied === 0 ? line : out + line.slice(copied), budget };
}
