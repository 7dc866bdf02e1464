import type { PhaseDiff } from '../../model/diffSchema.js';

/**
 * The summary lines of a diff for the top of a comment: gates met and not
 * met in the newer report (with what moved), targets that moved, conflicts.
 */
export function summaryLines(diff: PhaseDiff): string[] {
  const met = diff.gates.filter((g) => g.newer === true).length;
  const unmet = diff.gates.filter((g) => g.newer === false).length;
  const moves = [diff.summary.gates.met > 0 ? `${diff.summary.gates.met} newly met` : null, diff.summary.gates.unmet > 0 ? `${diff.summary.gates.unmet} newly unmet` : null].filter((s) => s !== null);
  const gates = diff.gates.length === 0 ? [] : [`**Gates:** ${met} met, ${unmet} not met${moves.length > 0 ? ` (${moves.join(', ')})` : ''}`];
  const byMove = new Map<string, number>();
  for (const c of [...diff.gates, ...diff.metrics]) if (c.targets.move !== null) byMove.set(c.targets.move, (byMove.get(c.targets.move) ?? 0) + 1);
  const targets = diff.summary.targetChanges === 0 ? [] : [`**⚠ Target changes:** ${diff.summary.targetChanges} (${[...byMove].map(([move, n]) => `${n} ${move}`).join(', ')})`];
  const conflicts = diff.summary.conflicts === 0 ? [] : [`**⚠ Conflicts:** ${diff.summary.conflicts} metric(s) stated twice with different values; no change is drawn from them`];
  return [...gates, ...targets, ...conflicts];
}
