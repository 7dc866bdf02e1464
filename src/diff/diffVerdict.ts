import type { VerdictChange } from '../model/diffSchema.js';
import type { Report, Verdict } from '../model/types.js';
import { DECISION_RANK } from './policy/ranks.js';

/**
 * How the stated verdict moved: by value as written, and by decision
 * (no-go < conditional < go). A decision the rank table does not list (an
 * 'unknown' decision) or a verdict in conflict has no rank: the direction is
 * then null, so no "worse" is ever drawn from a misread verdict.
 */
export function diffVerdict(older: Report, newer: Report): VerdictChange {
  const o = older.verdict;
  const n = newer.verdict;
  const lines = { ...(o ? { older: o.position } : {}), ...(n ? { newer: n.position } : {}) };
  const sides = {
    older: o ? { value: o.value, decision: o.decision } : null,
    newer: n ? { value: n.value, decision: n.decision } : null,
  };
  if (!o || !n) {
    const kind = o ? 'disappeared' : n ? 'appeared' : 'absent';
    return { kind, direction: null, ...sides, lines };
  }
  const before = rankOf(o);
  const after = rankOf(n);
  const direction = before === null || after === null ? null : after === before ? 'same' : after > before ? 'better' : 'worse';
  return { kind: o.value === n.value ? 'unchanged' : 'changed', direction, ...sides, lines };
}

/** The rank of a verdict's decision; null when unranked or when the report states conflicting verdicts. */
function rankOf(verdict: Verdict): number | null {
  const conflict: unknown = Reflect.get(verdict, 'conflict');
  if (conflict !== undefined && conflict !== null && conflict !== false) return null;
  return DECISION_RANK.get(verdict.decision) ?? null;
}
