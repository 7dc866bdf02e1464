import type { BlockContent, List, ListItem } from 'mdast';

export interface ListOptions {
  ordered?: boolean;
  /** make every item a task item with this state (`- [ ]`) */
  checked?: boolean;
}

/** A tight list whose items hold the given blocks. */
export function listOf(items: readonly (readonly BlockContent[])[], options: ListOptions = {}): List {
  const ordered = options.ordered ?? false;
  const children: ListItem[] = items.map((blocks) => ({
    type: 'listItem',
    spread: false,
    checked: options.checked ?? null,
    children: [...blocks],
  }));
  return { type: 'list', ordered, start: ordered ? 1 : null, spread: false, children };
}
