import type { VerdictChange } from '../model/diffSchema.js';
import type { Report, ReportVerdict } from '../model/types.js';
import { DECISION_RANK } from '../evaluate/policy/decisions.js';

/**
 * How the stated verdict moved: by value as written, and by decision
 * (no-go < conditional < go). A verdict whose decision is `unknown`, or a
 * report whose verdict statements conflict, has no rank: the direction is
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
  const kind = o.value === n.value ? 'unchanged' : 'changed';
  const before = rankOf(o);
  const after = rankOf(n);
  if (before === null || after === null) return { kind, direction: o.decision === n.decision && !o.conflict && !n.conflict ? 'same' : null, ...sides, lines };
  const direction = after === before ? 'same' : after < before ? 'better' : 'worse';
  return { kind, direction, ...sides, lines };
}

/** The rank of a verdict's decision (higher holds a release back more); null when unknown or in conflict. */
function rankOf(verdict: ReportVerdict): number | null {
  return verdict.conflict || verdict.decision === 'unknown' ? null : DECISION_RANK[verdict.decision];
}
