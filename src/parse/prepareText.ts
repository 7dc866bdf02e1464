import type { Diagnostic } from '../model/types.js';
import { INPUT_LIMITS } from './policy/inputLimits.js';
import { boundInline } from './prepare/boundInline.js';
import { boundNesting, type Touched } from './prepare/boundNesting.js';

/**
 * Make any string safe and uniform to parse: drop a BOM, turn CRLF and CR into
 * LF, flatten absurd container nesting (any mix of quotes, bullets, ordered
 * markers and footnote labels, spaces or tabs) and escape absurdly dense
 * inline delimiters, both of which cost markdown parsers quadratic time or
 * their whole stack (see policy/inputLimits.ts). Line numbers are kept; each
 * kind of change is reported once, at its first line. Linear in the input.
 */
export function prepareText(markdown: string): { text: string; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  let text = markdown.startsWith('\uFEFF') ? markdown.slice(1) : markdown;
  text = text.replace(/\r\n?/g, '\n');
  const lines = text.split('\n');
  const nesting = boundNesting(lines);
  const inline = boundInline(lines);
  report(diagnostics, nesting, 'nesting-too-deep', `Nesting deeper than ${INPUT_LIMITS.maxMarkers} levels or ${INPUT_LIMITS.maxPrefix} columns was flattened`);
  report(diagnostics, inline, 'inline-too-dense', `Over ${INPUT_LIMITS.maxInlineMarks} emphasis, link or code marks in one block, runs over ${INPUT_LIMITS.maxRun} or paragraphs over ${INPUT_LIMITS.maxParagraphLines} lines were defused (marks kept as look-alikes, paragraphs cut into items)`);
  return { text: nesting.count + inline.count > 0 ? lines.join('\n') : text, diagnostics };
}

function report(diagnostics: Diagnostic[], touched: Touched, ruleId: string, what: string): void {
  if (touched.count === 0) return;
  const where = touched.count === 1 ? 'this line' : `${touched.count} lines from here on`;
  diagnostics.push({ message: `${what} on ${where}`, ruleId, severity: 'warning', position: { line: touched.first, column: 1 } });
}
