import type { Issue, Report } from '../model/types.js';

/**
 * Issues resolved between two reports: resolved in `report` and not already
 * resolved in `since` (matched by stable issue id). In report order.
 */
export function resolvedSince(report: Report, since: Report): Issue[] {
  const resolvedBefore = new Set(since.issues.filter((i) => i.status === 'resolved').map((i) => i.id));
  return report.issues.filter((i) => i.status === 'resolved' && !resolvedBefore.has(i.id));
}
