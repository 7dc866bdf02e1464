import type { ListItem, Paragraph } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { leadSplit, type LeadSplit } from './leadSplit.js';
import { appendAll } from './appendAll.js';

/** Shared between callers: read, never change. */
export interface ListItemParts extends LeadSplit {
  /** the item's first paragraph, null when it starts with another block */
  first: Paragraph | null;
  /** GFM task state: true `[x]`, false `[ ]`, null for a plain item */
  checked: boolean | null;
  /** items of lists nested in this one */
  nested: ListItem[];
  /** plain text of the item's other paragraphs */
  extra: string[];
}

/** Parts already read, per item: every extractor reads the same items (read-only results). */
const read = new WeakMap<ListItem, ListItemParts>();

/** The parts of a list item extractors read: lead, rest, task state, nested items. */
export function listItemParts(item: ListItem): ListItemParts {
  const hit = read.get(item);
  if (hit) return hit;
  const parts = readParts(item);
  read.set(item, parts);
  return parts;
}

function readParts(item: ListItem): ListItemParts {
  const first = item.children[0]?.type === 'paragraph' ? item.children[0] : null;
  const split = first ? leadSplit(first) : { lead: null, rest: '', text: '' };
  const nested: ListItem[] = [];
  const extra: string[] = [];
  for (const child of item.children) {
    if (child === first) continue;
    if (child.type === 'list') appendAll(nested, child.children);
    else if (child.type === 'paragraph') extra.push(toString(child).trim());
  }
  return { ...split, first, checked: item.checked ?? null, nested, extra };
}
