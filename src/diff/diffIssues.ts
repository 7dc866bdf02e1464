import type { IssueChange, IssueSnapshot, Match } from '../model/diffSchema.js';
import type { Issue, Report } from '../model/types.js';
import { findResolutionMarker } from './findResolutionMarker.js';
import { mapPairing } from './match/mapPairing.js';
import { pairIssues } from './match/pairIssues.js';
import { SEVERITY_RANK } from './policy/ranks.js';

/**
 * Issue changes from `older` to `newer`. Issues pair by stable id, then by
 * title and shared identifiers (uncertain pairs are flagged). An older issue
 * with no partner is 'resolved' only when a newer line says so (a marker
 * match); otherwise it is 'dropped': absence is not proof of a fix.
 * Order: older issues in source order, then the newer report's new ones.
 */
export function diffIssues(older: Report, newer: Report): IssueChange[] {
  return mapPairing(pairIssues(older.issues, newer.issues), {
    paired,
    dropped: (issue) => unpaired(issue, newer),
    added: introduced,
  });
}

function paired(o: Issue, n: Issue, match: Match): IssueChange {
  return {
    id: o.id,
    title: n.title,
    kind: pairedKind(o.status === 'resolved', n.status === 'resolved'),
    severity: severityMove(o, n),
    older: snapshot(o),
    newer: snapshot(n),
    match,
    evidence: null,
    lines: { older: o.position, newer: n.position },
  };
}

function pairedKind(wasResolved: boolean, isResolved: boolean): IssueChange['kind'] {
  if (wasResolved) return isResolved ? 'still-resolved' : 'reopened';
  return isResolved ? 'resolved' : 'persisting';
}

function unpaired(o: Issue, newer: Report): IssueChange {
  const marker = o.status === 'resolved' ? null : findResolutionMarker(o, newer);
  return {
    id: o.id,
    title: o.title,
    kind: marker ? 'resolved' : 'dropped',
    severity: null,
    older: snapshot(o),
    newer: null,
    match: marker ? { kind: 'marker', score: 1 } : null,
    evidence: marker?.text ?? null,
    lines: marker ? { older: o.position, newer: marker.position } : { older: o.position },
  };
}

function introduced(n: Issue): IssueChange {
  return {
    id: n.id,
    title: n.title,
    kind: 'new',
    severity: null,
    older: null,
    newer: snapshot(n),
    match: null,
    evidence: null,
    lines: { newer: n.position },
  };
}

function severityMove(o: Issue, n: Issue): IssueChange['severity'] {
  const before = SEVERITY_RANK[o.severity];
  const after = SEVERITY_RANK[n.severity];
  if (before === null || after === null || before === after) return null;
  return after > before ? 'raised' : 'lowered';
}

function snapshot(issue: Issue): IssueSnapshot {
  return { id: issue.id, title: issue.title, severity: issue.severity, status: issue.status };
}
