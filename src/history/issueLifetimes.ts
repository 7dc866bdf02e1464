import { findResolutionMarker } from '../diff/findResolutionMarker.js';
import { pairIssues } from '../diff/match/pairIssues.js';
import { reportsPart } from '../diff/reportsPart.js';
import type { IssueLifetime, IssueState } from '../model/historySchema.js';
import type { Issue, Report } from '../model/types.js';
import { trackFacts, type Track } from './trackFacts.js';

/**
 * Each issue's life across the reports: its state in every report, where it
 * was opened, resolved and reopened. A report that lists no matching issue
 * but has a line marking it resolved resolves it (as in the diff); a report
 * that does not mention an open issue leaves its state unknown (null).
 */
export function issueLifetimes(reports: readonly Report[]): IssueLifetime[] {
  return trackFacts(reports.map((r) => r.issues), pairIssues).map((track) => lifetime(track, reports));
}

function lifetime(track: Track<Issue>, reports: readonly Report[]): IssueLifetime {
  const states = statesOf(track, reports);
  let known: 'open' | 'resolved' | null = null;
  let openedIn: number | null = null;
  let resolvedIn: number | null = null;
  const reopenedIn: number[] = [];
  states.forEach((state, i) => {
    if (state === null) return;
    const now = state.status === 'resolved' ? 'resolved' : 'open';
    if (now === 'open' && known === 'resolved') reopenedIn.push(i);
    if (now === 'open' && openedIn === null) openedIn = i;
    if (now === 'resolved' && known !== 'resolved') resolvedIn = i;
    known = now;
  });
  const first = track.cells.find((cell) => cell !== null) ?? track.latest;
  const lastState = states.at(-1) ?? null;
  const lastReport = reports.at(-1);
  return {
    id: first.id,
    title: track.latest.title,
    severity: track.latest.severity,
    states,
    openedIn,
    resolvedIn,
    reopenedIn,
    outcome: known === 'resolved' ? 'resolved' : lastState !== null ? 'open' : lastReport !== undefined && !reportsPart(lastReport, 'issues') ? 'not-reported' : 'dropped',
  };
}

function statesOf(track: Track<Issue>, reports: readonly Report[]): (IssueState | null)[] {
  let seen: Issue | null = null;
  return track.cells.map((issue, i) => {
    if (issue !== null) {
      seen = issue;
      return { status: issue.status, match: track.matches[i] ?? null, position: issue.position };
    }
    const report = reports[i];
    if (seen === null || seen.status === 'resolved' || report === undefined) return null;
    const marker = findResolutionMarker(seen, report);
    if (marker === null) return null;
    seen = { ...seen, status: 'resolved' };
    return { status: 'resolved', match: { kind: 'marker', score: 1 }, position: marker.position };
  });
}
