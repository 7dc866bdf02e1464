import type { Issue, Report } from '../../model/types.js';
import { SEVERITY_ORDER } from '../policy/severityOrder.js';
import type { SourceLinker } from './createSourceLinker.js';
import type { IssuesView, SeverityCount } from './types.js';

/** Issues, open ones first, then by severity, then in source order; and counts by severity. */
export function buildIssues(report: Report, link: SourceLinker): IssuesView {
  const sorted = [...report.issues].sort(compareIssues);
  const items = sorted.map((issue) => ({
    title: issue.title,
    detail: issue.detail,
    severity: issue.severity,
    status: issue.status,
    open: isOpen(issue),
    category: issue.category,
    identifiers: issue.identifiers,
    source: link(issue.position),
  }));
  const counts: SeverityCount[] = SEVERITY_ORDER.map((severity) => {
    const of = report.issues.filter((i) => i.severity === severity);
    return { severity, open: of.filter(isOpen).length, resolved: of.filter((i) => !isOpen(i)).length };
  }).filter((c) => c.open + c.resolved > 0);
  const open = items.filter((i) => i.open).length;
  return { items, counts, open, resolved: items.length - open };
}

function isOpen(issue: Issue): boolean {
  return issue.status !== 'resolved';
}

function compareIssues(a: Issue, b: Issue): number {
  return (
    Number(!isOpen(a)) - Number(!isOpen(b)) ||
    SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity) ||
    a.position.line - b.position.line ||
    a.position.column - b.position.column
  );
}
