import type { List, ListItem, RootContent } from 'mdast';
import type { IssueStatus } from '../../model/types.js';
import { listItemParts } from './listItemParts.js';
import { readIssueStatus } from './readIssueStatus.js';

export interface TrackedIdentifier {
  identifier: string;
  status: IssueStatus;
  item: ListItem;
}

const IDENTIFIER = /^`?([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)`?$/;

/**
 * List items (at any depth) that give a status to a named constant:
 * `✅ API_TIMEOUT_SECONDS: Fixed`, `- MAX_RETRIES (RESOLVED)`. Reports track
 * fixes this way outside their issue sections; each is an issue to match
 * against an earlier report's issue of the same identifier.
 */
export function trackedIdentifiers(nodes: readonly RootContent[]): TrackedIdentifier[] {
  const found: TrackedIdentifier[] = [];
  for (const node of nodes) if (node.type === 'list') visitList(node, found);
  return found;
}

function visitList(list: List, found: TrackedIdentifier[]): void {
  for (const item of list.children) {
    const parts = listItemParts(item);
    const name = IDENTIFIER.exec((parts.lead ?? '').trim())?.[1];
    const status = name ? (readIssueStatus(parts.text) ?? readIssueStatus(parts.rest, true)) : null;
    if (name && status) found.push({ identifier: name, status, item });
    for (const child of item.children) if (child.type === 'list') visitList(child, found);
  }
}
