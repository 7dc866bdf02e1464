import type { PhrasingContent, RootContent } from 'mdast';
import { labelOf } from '../helpers/labelOf.js';
import type { IssueItem, ReportView } from '../view/types.js';
import { md } from './mdNodes.js';

/** Counts by severity, then every issue: open ones first, resolved ones struck through. */
export function mdIssues(view: ReportView): RootContent[] {
  const { issues } = view;
  if (issues.items.length === 0) return [];
  const counts = issues.counts.map((c) => [[md.status(c.severity)], [String(c.open)], [String(c.resolved)]]);
  return [
    md.heading(3, `${view.parts.issues.title} — ${issues.open} open, ${issues.resolved} resolved`),
    md.table([['Severity'], ['Open'], ['Resolved']], [...counts, [[md.strong('Total')], [String(issues.open)], [String(issues.resolved)]]], [null, 'right', 'right']),
    md.list(issues.items.map((issue) => md.item([md.paragraph(...issueLine(issue))]))),
  ];
}

function issueLine(issue: IssueItem): PhrasingContent[] {
  const title = issue.open ? md.strong(issue.title) : md.deleted(issue.title);
  const parts: PhrasingContent[] = [md.text(`${md.status(issue.severity)} · `), title];
  if (issue.detail) parts.push(md.text(`: ${issue.detail}`));
  parts.push(md.text(` — ${labelOf(issue.status)} (`), md.source(issue.source), md.text(')'));
  return parts;
}
