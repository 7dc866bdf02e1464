import { INPUT_LIMITS } from '../policy/inputLimits.js';

/** Where lines were changed: the first (1-based) and how many. */
export interface Touched {
  first: number;
  count: number;
}

/**
 * Flattens absurd container nesting in place: at most `maxMarkers` container
 * markers (quotes, bullets, ordered markers, footnote labels, in any mix and
 * with spaces or tabs) and `maxPrefix` columns at the start of each line; the
 * markers past the bound are dropped, the text after them is kept. Linear in
 * the length of the lines.
 */
export function boundNesting(lines: string[]): Touched {
  const touched: Touched = { first: 0, count: 0 };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (!mayNest(line)) continue;
    const bounded = boundLine(line);
    if (bounded === line) continue;
    lines[i] = bounded;
    touched.first ||= i + 1;
    touched.count += 1;
  }
  return touched;
}

/** Cheap test: only lines with at least two prefix tokens or wide indentation can be too deep. */
function mayNest(line: string): boolean {
  const c = line.charCodeAt(0);
  return c === 32 || c === 9 || c === 62 || c === 45 || c === 42 || c === 43 || c === 91 || (c >= 48 && c <= 57);
}

function boundLine(line: string): string {
  let at = 0;
  let width = 0;
  let markers = 0;
  let out = '';
  for (;;) {
    const gap = skipGap(line, at, width);
    const length = markerLength(line, gap.at);
    // too wide a gap is pulled back (to leave room for its marker), never dropped
    // (a marker needs one column after it; the text after the last marker keeps one space)
    const room = length === 0 ? INPUT_LIMITS.maxPrefix : INPUT_LIMITS.maxPrefix - length - 1;
    const least = gap.at > at && markers > 0 ? 1 : 0;
    const spaces = gap.width > room ? ' '.repeat(Math.max(least, room - width)) : line.slice(at, gap.at);
    const gapWidth = gap.width > room ? width + spaces.length : gap.width;
    if (length === 0) return out + spaces + line.slice(gap.at);
    if (markers === INPUT_LIMITS.maxMarkers || gapWidth + length > INPUT_LIMITS.maxPrefix) return dropRest(out, line, at);
    out += spaces + line.slice(gap.at, gap.at + length);
    markers += 1;
    at = gap.at + length;
    width = gapWidth + length;
  }
}

/** `kept` (the bounded prefix), then the text after every further marker and gap of `line` from `at`, one space apart. */
function dropRest(kept: string, line: string, at: number): string {
  let rest = at;
  for (;;) {
    const gap = skipGap(line, rest, 0).at;
    const length = markerLength(line, gap);
    if (length === 0) return `${kept}${kept === '' ? '' : ' '}${line.slice(gap)}`;
    rest = gap + length;
  }
}

function skipGap(line: string, from: number, width: number): { at: number; width: number } {
  let at = from;
  let w = width;
  for (let c = line.charCodeAt(at); c === 32 || c === 9; c = line.charCodeAt(++at)) w = c === 9 ? w + 4 - (w % 4) : w + 1;
  return { at, width: w };
}

/** Length of the container marker at `at` (`>`, `-`, `*`, `+`, `12.`, `3)`, `[^note]:`), 0 when there is none. */
function markerLength(line: string, at: number): number {
  const c = line.charCodeAt(at);
  if (c === 62) return 1;
  if (c === 45 || c === 42 || c === 43) return isGap(line, at + 1) ? 1 : 0;
  if (c >= 48 && c <= 57) {
    let end = at + 1;
    while (end - at < 9 && isDigit(line.charCodeAt(end))) end++;
    const d = line.charCodeAt(end);
    return (d === 46 || d === 41) && isGap(line, end + 1) ? end + 1 - at : 0;
  }
  if (c === 91 && line.charCodeAt(at + 1) === 94) {
    const close = line.indexOf(']:', at + 2);
    if (close > at + 2 && close - at < 64 && !/[\s[\]]/.test(line.slice(at + 2, close))) return close + 2 - at;
  }
  return 0;
}

function isGap(line: string, at: number): boolean {
  const c = line.charCodeAt(at);
  return Number.isNaN(c) || c === 32 || c === 9;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
