/**
 * Linear replacements for regexes that backtrack quadratically on long runs
 * (`/[\s:]+$/`, `/^-+|-+$/`, `/\s*\([^)]*\)\s*$/`): V8 retries such a regex
 * at every start position of a run, so 40,000 spaces cost seconds. These walk
 * the string once. test/robustness/regexBudget.test.ts keeps src/ free of
 * the regex forms.
 */

const SPACE = /\s/;

/** `text` without the characters of `chars` (and whitespace when `chars` includes ' ') at its end. */
export function trimEndOf(text: string, chars: string): string {
  let end = text.length;
  while (end > 0 && isOneOf(text.charAt(end - 1), chars)) end--;
  return end === text.length ? text : text.slice(0, end);
}

/** `text` without the characters of `chars` (and whitespace when `chars` includes ' ') at its start. */
export function trimStartOf(text: string, chars: string): string {
  let start = 0;
  while (start < text.length && isOneOf(text.charAt(start), chars)) start++;
  return start === 0 ? text : text.slice(start);
}

/** Both ends trimmed of `chars`. */
export function trimOf(text: string, chars: string): string {
  return trimStartOf(trimEndOf(text, chars), chars);
}

/** `text` without a final parenthesised group (no `)` inside) and the whitespace around it, like `/\s*\([^)]*\)\s*$/`. */
export function withoutTrailingParens(text: string): string {
  const trimmed = text.trimEnd();
  if (!trimmed.endsWith(')')) return text;
  const lastClose = trimmed.lastIndexOf(')', trimmed.length - 2);
  const open = trimmed.indexOf('(', lastClose + 1);
  if (open === -1 || open === trimmed.length - 1) return text;
  return text.slice(0, open).trimEnd();
}

/** Each whitespace run holding a line break becomes `by`, like `/\s*\n\s*​/g`. */
export function joinLines(text: string, by: string): string {
  return text.replace(/\s+/g, (run) => (run.includes('\n') ? by : run));
}

function isOneOf(c: string, chars: string): boolean {
  return chars.includes(c) || (chars.includes(' ') && SPACE.test(c));
}
