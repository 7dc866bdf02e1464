import { pairIssues } from '../diff/match/pairIssues.js';
import { reportsPart } from '../diff/reportsPart.js';
import { issueTracer, type IssueTracer } from '../diff/traceIssue.js';
import type { IssueLifetime, IssueState } from '../model/historySchema.js';
import type { Issue, Report } from '../model/types.js';
import { trackFacts, type Track } from './trackFacts.js';

/**
 * Each issue's life across the reports: its state in every report, where it
 * was opened, resolved and reopened. A report that lists no matching issue
 * but has a line marking it resolved resolves it, and one whose issue names
 * it under other words carries it on, flagged uncertain (issueTracer, as in
 * the diff); a report that does not mention an open issue leaves its state
 * unknown (null).
 */
export function issueLifetimes(reports: readonly Report[]): IssueLifetime[] {
  const tracks = trackFacts(reports.map((r) => r.issues), pairIssues);
  const tracers = reports.map((report, i) => issueTracer(report, partnersIn(tracks, i)));
  return tracks.map((track) => lifetime(track, reports, tracers));
}

/** In report `i`: each issue that continues a track, with the track's issue as last seen before. */
function partnersIn(tracks: readonly Track<Issue>[], i: number): Map<Issue, Issue> {
  const partners = new Map<Issue, Issue>();
  for (const track of tracks) {
    const now = track.cells[i];
    const before = track.cells.slice(0, i).findLast((cell) => cell !== null);
    if (now !== null && now !== undefined && before !== null && before !== undefined) partners.set(now, before);
  }
  return partners;
}

function lifetime(track: Track<Issue>, reports: readonly Report[], tracers: readonly IssueTracer[]): IssueLifetime {
  const states = statesOf(track, reports, tracers);
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

function statesOf(track: Track<Issue>, reports: readonly Report[], tracers: readonly IssueTracer[]): (IssueState | null)[] {
  let seen: Issue | null = null;
  return track.cells.map((issue, i) => {
    if (issue !== null) {
      seen = issue;
      return { status: issue.status, match: track.matches[i] ?? null, position: issue.position };
    }
    const trace = tracers[i];
    if (seen === null || seen.status === 'resolved' || reports[i] === undefined || trace === undefined) return null;
    const found = trace(seen);
    if (found === null) return null;
    if (found.kind === 'mentioned') {
      const { issue: named, line, score } = found.mention;
      return { status: named.status, match: { kind: 'uncertain', score }, position: line.position };
    }
    seen = { ...seen, status: 'resolved' };
    return { status: 'resolved', match: { kind: 'marker', score: 1 }, position: found.marker.position };
  });
}
