import type { BlockContent, RootContent } from 'mdast';
import type { Action, Issue, Report } from '../model/types.js';
import { findOwners } from './findOwners.js';
import { heading } from './md/heading.js';
import { leadParagraph } from './md/leadParagraph.js';
import { listOf } from './md/listOf.js';
import { slot } from './md/slot.js';
import { splitDetail } from './splitDetail.js';
import { DRAFT_HEADINGS, SEVERITY_HEADINGS, SLOTS, STATUS_MARKERS } from './policy/draftText.js';

/**
 * "Open Issues Carried Forward": every issue not resolved, grouped by
 * severity, written `1. 🔄 **Title**: detail` (the title keeps the issue's
 * stable id) with its owner (its own Owner field, else the actions that mention it)
 * and a status slot.
 */
export function draftIssues(report: Report): RootContent[] {
  const open = report.issues.filter((i) => i.status !== 'resolved');
  const blocks: RootContent[] = [heading(2, DRAFT_HEADINGS.issues)];
  if (open.length === 0) {
    blocks.push({ type: 'paragraph', children: [{ type: 'text', value: 'No open issue was carried from the last report.' }] });
    return blocks;
  }
  for (const { severity, heading: title } of SEVERITY_HEADINGS) {
    const group = open.filter((i) => i.severity === severity);
    if (group.length === 0) continue;
    blocks.push(heading(3, title), listOf(group.map((issue) => issueItem(issue, report.actions)), { ordered: true }));
  }
  return blocks;
}

function issueItem(issue: Issue, actions: readonly Action[]): BlockContent[] {
  const { text, owner } = splitDetail(issue.detail);
  const owners = [...new Set([...(owner === null ? [] : [owner]), ...findOwners(issue, actions)])];
  const fields = listOf([
    [leadParagraph('Owner', owners.length > 0 ? owners.join(', ') : [slot(SLOTS.owner)])],
    [leadParagraph('Status', [slot(SLOTS.status)])],
  ]);
  return [leadParagraph(issue.title, text, STATUS_MARKERS[issue.status]), fields];
}
