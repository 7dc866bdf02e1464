import type { VerdictChange } from '../model/diffSchema.js';
import type { Report } from '../model/types.js';
import { DECISION_RANK } from '../evaluate/policy/decisions.js';

/** How the stated verdict moved: by value as written, and by decision (no-go < conditional < go; none to or from unknown). */
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
  if (o.decision === 'unknown' || n.decision === 'unknown') return { kind, direction: o.decision === n.decision ? 'same' : null, ...sides, lines };
  const before = DECISION_RANK[o.decision];
  const after = DECISION_RANK[n.decision];
  const direction = after === before ? 'same' : after < before ? 'better' : 'worse';
  return { kind, direction, ...sides, lines };
}
