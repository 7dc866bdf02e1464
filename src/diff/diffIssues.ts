import type { IssueChange, IssueSnapshot, Match } from '../model/diffSchema.js';
import type { Issue, Position, Report } from '../model/types.js';
import { pairIssueGroups, type IssueGroup } from './match/pairIssueGroups.js';
import { pairIssues } from './match/pairIssues.js';
import { SEVERITY_RANK } from './policy/ranks.js';
import { reportsPart } from './reportsPart.js';
import { issueTracer, type IssueTrace } from './traceIssue.js';

/**
 * Issue changes from `older` to `newer`. Issues pair by stable id, then by
 * title, detail and shared identifiers (uncertain pairs are flagged); older
 * issues left under a heading that one newer issue names pair with it as a
 * group. An open older issue with no partner is followed (issueTracer):
 * - 'persisting', flagged uncertain with the line as evidence, when a newer
 *   open issue still names it under other words ("2,242 mock
 *   implementations" → "Mock/Stub patterns: 3 (down 99.9% from 2,242)"); a
 *   newer issue that repeats an older count or whose title names an older
 *   issue is then not 'new';
 * - 'resolved' when a line of the newer report names it and says so
 *   (FIXED, ELIMINATED, RESOLVED, ✅: a marker match);
 * - else 'dropped' (absence is not proof of a fix), or 'not-reported' when
 *   the newer report has no issue section or list at all.
 * An issue already resolved and no longer listed is 'still-resolved' (only
 * evidence reopens). Order: older issues in source order, then new ones.
 */
export function diffIssues(older: Report, newer: Report): IssueChange[] {
  const pairing = pairIssues(older.issues, newer.issues);
  const listed = reportsPart(newer, 'issues');
  const groups = pairIssueGroups(pairing.olderOnly, pairing.newerOnly);
  const grouped = new Set(groups.flatMap((g) => g.members.map((m) => m.index)));
  const usedNewer = new Set(groups.map((g) => g.newer.index));
  const trace = issueTracer(newer, new Map(pairing.pairs.map((p) => [p.newer, p.older])));
  const traced = pairing.olderOnly
    .filter((s) => !grouped.has(s.index))
    .map((s) => ({ at: s.index, issue: s.item, trace: s.item.status === 'resolved' ? null : trace(s.item) }));
  const continued = new Set(traced.flatMap((t) => (t.trace?.kind === 'mentioned' && t.trace.mention.by !== 'words' ? [t.trace.mention.issue] : [])));
  const olderSide: { at: number; change: IssueChange }[] = [
    ...pairing.pairs.map((p) => ({ at: p.olderIndex, change: paired(p.older, p.newer, p.match) })),
    ...groups.map((g) => ({ at: g.members[0]?.index ?? 0, change: group(g, older) })),
    ...traced.map((t) => ({ at: t.at, change: unpaired(t.issue, t.trace, listed) })),
  ];
  olderSide.sort((a, b) => a.at - b.at);
  const added = pairing.newerOnly.filter((s) => !usedNewer.has(s.index) && !continued.has(s.item)).map((s) => introduced(s.item));
  return [...olderSide.map((c) => c.change), ...added];
}

function paired(o: Issue, n: Issue, match: Match): IssueChange {
  return {
    ...empty(o.id, n.title),
    kind: pairedKind(o.status === 'resolved', n.status === 'resolved'),
    severity: severityMove(o.severity, n.severity),
    older: snapshot(o),
    newer: snapshot(n),
    match,
    lines: { older: o.position, newer: n.position },
  };
}

function group(g: IssueGroup, older: Report): IssueChange {
  const members = g.members.map((m) => m.item);
  const open = members.some((m) => m.status !== 'resolved');
  const severity = members.map((m) => m.severity).reduce((a, b) => ((SEVERITY_RANK[b] ?? -1) > (SEVERITY_RANK[a] ?? -1) ? b : a));
  const heading: Position | undefined = older.sections.find((s) => s.id === members[0]?.sectionId)?.position ?? members[0]?.position;
  const n = g.newer.item;
  return {
    ...empty(n.id, n.title),
    kind: pairedKind(!open, n.status === 'resolved'),
    severity: severityMove(severity, n.severity),
    older: { id: n.id, title: g.category, severity, status: open ? 'open' : 'resolved' },
    newer: snapshot(n),
    match: g.match,
    members: members.map((m) => m.id),
    lines: { ...(heading ? { older: heading } : {}), newer: n.position },
  };
}

function pairedKind(wasResolved: boolean, isResolved: boolean): IssueChange['kind'] {
  if (wasResolved) return isResolved ? 'still-resolved' : 'reopened';
  return isResolved ? 'resolved' : 'persisting';
}

function unpaired(o: Issue, trace: IssueTrace, listed: boolean): IssueChange {
  if (o.status === 'resolved') return { ...empty(o.id, o.title), kind: 'still-resolved', older: snapshot(o), lines: { older: o.position } };
  if (trace?.kind === 'mentioned') {
    const { issue: n, line, score } = trace.mention;
    return {
      ...paired(o, n, { kind: 'uncertain', score }),
      evidence: plainLine(line.text),
      lines: { older: o.position, newer: line.position },
    };
  }
  const marker = trace?.kind === 'marker' ? trace.marker : null;
  return {
    ...empty(o.id, o.title),
    kind: marker ? 'resolved' : listed ? 'dropped' : 'not-reported',
    older: snapshot(o),
    match: marker ? { kind: 'marker', score: 1 } : null,
    evidence: marker?.text ?? null,
    lines: marker ? { older: o.position, newer: marker.position } : { older: o.position },
  };
}

/** A source line as read in a table cell: no list marker, no bold markers ("- **Stub gateways**: 2" → "Stub gateways: 2"). */
function plainLine(text: string): string {
  return text.replace(/^(?:[-*+>]|\d{1,3}[.)])\s+/, '').replaceAll('**', '');
}

function introduced(n: Issue): IssueChange {
  return { ...empty(n.id, n.title), kind: 'new', newer: snapshot(n), lines: { newer: n.position } };
}

function empty(id: string, title: string): IssueChange {
  return { id, title, kind: 'new', severity: null, older: null, newer: null, match: null, evidence: null, members: [], lines: {} };
}

function severityMove(before: Issue['severity'], after: Issue['severity']): IssueChange['severity'] {
  const a = SEVERITY_RANK[before];
  const b = SEVERITY_RANK[after];
  if (a === null || b === null || a === b) return null;
  return b > a ? 'raised' : 'lowered';
}

function snapshot(issue: Issue): IssueSnapshot {
  return { id: issue.id, title: issue.title, severity: issue.severity, status: issue.status };
}
