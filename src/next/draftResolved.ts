import type { RootContent } from 'mdast';
import type { Report } from '../model/types.js';
import { heading } from './md/heading.js';
import { leadParagraph } from './md/leadParagraph.js';
import { listOf } from './md/listOf.js';
import { DRAFT_HEADINGS, STATUS_MARKERS } from './policy/draftText.js';
import { resolvedSince } from './resolvedSince.js';
import { splitDetail } from './splitDetail.js';

/** "Resolved Issues Since Last Update": what `report` resolved that `since` still had open. */
export function draftResolved(report: Report, since: Report): RootContent[] {
  const resolved = resolvedSince(report, since);
  const label = since.meta.title?.value ?? 'the previous report';
  if (resolved.length === 0) {
    return [heading(2, DRAFT_HEADINGS.resolved), { type: 'paragraph', children: [{ type: 'text', value: `No issue open in ${label} was resolved.` }] }];
  }
  const items = resolved.map((issue) => [leadParagraph(issue.title, splitDetail(issue.detail).text, STATUS_MARKERS.resolved)]);
  return [heading(2, DRAFT_HEADINGS.resolved), listOf(items)];
}
