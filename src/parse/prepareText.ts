import type { Diagnostic } from '../model/types.js';

/** Deepest container nesting (`>` quotes, list markers on one line) kept as written. */
export const MAX_MARKERS = 16;
/** Widest leading indentation kept as written (columns); deeper lines are pulled back to it. */
export const MAX_INDENT = 32;

const MARKER = /^ {0,3}(?:>[ \t]?|(?:[-*+]|\d{1,9}[.)])(?:[ \t]+|$))/;

/**
 * Make any string safe and uniform to parse: drop a BOM, turn CRLF and CR into
 * LF, and flatten absurd nesting (10,000 nested lists or quotes), which costs
 * markdown parsers quadratic time. Line numbers are kept; a flattened line is
 * reported as `nesting-too-deep`.
 */
export function prepareText(markdown: string): { text: string; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  let text = markdown.startsWith('\uFEFF') ? markdown.slice(1) : markdown;
  text = text.replace(/\r\n?/g, '\n');
  if (!mayBeDeep(text)) return { text, diagnostics };
  const lines = text.split('\n');
  let first = 0;
  let count = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const flat = flattenLine(line);
    if (flat === line) continue;
    lines[i] = flat;
    first ||= i + 1;
    count += 1;
  }
  if (count > 0) {
    const where = count === 1 ? 'this line' : `${count} lines from here on`;
    diagnostics.push({
      message: `Nesting deeper than ${MAX_MARKERS} levels or ${MAX_INDENT} columns was flattened on ${where}`,
      ruleId: 'nesting-too-deep',
      severity: 'warning',
      position: { line: first, column: 1 },
    });
  }
  return { text: lines.join('\n'), diagnostics };
}

/** A cheap pre-check so ordinary reports skip the line-by-line pass. */
function mayBeDeep(text: string): boolean {
  return /\n[ \t]{33}|(?:[>*+-] *){16}|(?:\d[.)] +){16}/.test(text);
}

function flattenLine(line: string): string {
  let rest = line;
  const indent = /^[ \t]*/.exec(rest)?.[0] ?? '';
  if (indent.length > MAX_INDENT) rest = ' '.repeat(MAX_INDENT) + rest.slice(indent.length);
  let prefix = '';
  let markers = 0;
  let match = MARKER.exec(rest.slice(prefix.length));
  while (match && markers < MAX_MARKERS) {
    prefix += match[0];
    markers += 1;
    match = MARKER.exec(rest.slice(prefix.length));
  }
  if (!match) return rest;
  let tail = rest.slice(prefix.length);
  for (let m = MARKER.exec(tail); m; m = MARKER.exec(tail)) tail = tail.slice(m[0].length);
  return prefix + tail;
}
