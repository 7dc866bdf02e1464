import type { SourceLine } from './sourceLines.js';

/** A top-level item of a markdown list, with its source line. */
export interface ListItem {
  readonly line: number;
  readonly text: string;
  readonly ordered: boolean;
}

const ITEM = /^(\d{1,3}[.)]|[-*+])\s+(.*)$/;
const CONTINUATION = /^(\s{2,}\S|\s*$)/;

/**
 * The top-level items of the first list among `lines` (from the start, after
 * blank lines), stopping at the first line that is neither an item, an
 * indented continuation nor blank. Empty when the lines do not start with a list.
 */
export function firstList(lines: readonly SourceLine[]): ListItem[] {
  const items: ListItem[] = [];
  let ordered: boolean | null = null;
  for (const { line, text } of lines) {
    const item = ITEM.exec(text);
    if (item) {
      const isOrdered = /^\d/.test(item[1] ?? '');
      if (ordered !== null && isOrdered !== ordered) break;
      ordered = isOrdered;
      items.push({ line, text: item[2] ?? '', ordered: isOrdered });
      continue;
    }
    if (CONTINUATION.test(text)) continue;
    break;
  }
  return items;
}
