import type { Match } from '../../model/diffSchema.js';
import type { Issue } from '../../model/types.js';
import { MATCH_THRESHOLDS, MIN_GROUP_MEMBERS } from '../policy/matching.js';
import type { Single } from './pairItems.js';
import { titleScore } from './titleScore.js';

export interface IssueGroup {
  /** the heading the older issues sit under, e.g. "Integration Failures (12 Critical)" */
  readonly category: string;
  readonly members: readonly Single<Issue>[];
  readonly newer: Single<Issue>;
  readonly match: Match;
}

/**
 * Older issues listed under a heading that a single newer issue names:
 * "#### Integration Failures (12 Critical)" with six items, then
 * "3. **Integration Failures**: 12 critical JavaScript test failures". Only
 * issues left unpaired are grouped, at least MIN_GROUP_MEMBERS of them under
 * one heading; each newer issue takes the best heading
 * (score at least the issue 'uncertain' threshold), each heading one issue.
 */
export function pairIssueGroups(olderOnly: readonly Single<Issue>[], newerOnly: readonly Single<Issue>[]): IssueGroup[] {
  const { similar, uncertain } = MATCH_THRESHOLDS.issues;
  const categories = new Map<string, Single<Issue>[]>();
  for (const single of olderOnly) {
    const category = single.item.category;
    if (category !== null) categories.set(category, [...(categories.get(category) ?? []), single]);
  }
  const candidates: IssueGroup[] = [];
  for (const [category, members] of categories) {
    if (members.length < MIN_GROUP_MEMBERS) continue;
    for (const newer of newerOnly) {
      const score = titleScore(category, newer.item.title);
      if (score >= uncertain) candidates.push({ category, members, newer, match: { kind: score >= similar ? 'similar' : 'uncertain', score } });
    }
  }
  candidates.sort((a, b) => b.match.score - a.match.score || first(a) - first(b) || a.newer.index - b.newer.index);
  const taken = new Set<string>();
  const used = new Set<number>();
  return candidates.filter((group) => {
    if (taken.has(group.category) || used.has(group.newer.index)) return false;
    taken.add(group.category);
    used.add(group.newer.index);
    return true;
  });
}

function first(group: IssueGroup): number {
  return group.members[0]?.index ?? 0;
}
