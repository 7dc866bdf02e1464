/** A row of a marker table (`MARKS`, `ISSUE_STATUS_MARKERS`): its tokens, and what they mean. */
export interface TokenRow {
  readonly tokens: readonly string[];
}

const hints = new WeakMap<readonly TokenRow[], RegExp>();
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/**
 * The row of `rows` whose token occurs first in `text` (the earlier row on a
 * tie), or null. A text holding none of the tokens' first characters is
 * passed over without searching each token.
 */
export function earliestToken<R extends TokenRow>(text: string, rows: readonly R[]): R | null {
  let hint = hints.get(rows);
  if (!hint) {
    const firsts = new Set(rows.flatMap((row) => row.tokens.map((token) => String.fromCodePoint(token.codePointAt(0) ?? 0))));
    hint = new RegExp([...firsts].map(escape).join('|'), 'u');
    hints.set(rows, hint);
  }
  if (!hint.test(text)) return null;
  let best: { row: R; at: number } | null = null;
  for (const row of rows) {
    for (const token of row.tokens) {
      const at = text.indexOf(token);
      if (at !== -1 && (best === null || at < best.at)) best = { row, at };
    }
  }
  return best?.row ?? null;
}
