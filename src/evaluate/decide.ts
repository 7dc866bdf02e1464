import type { Decision, RuleResult } from '../model/evaluation.js';
import { DECISION_RANK, UNKNOWN_DECISION } from './policy/decisions.js';

/** The strongest decision the results force (by DECISION_RANK): a failure forces its onFail, an unknown at most `conditional`. */
export function decide(results: readonly RuleResult[]): Decision {
  let decision: Decision = 'go';
  for (const r of results) {
    const forced = r.outcome === 'fail' ? r.onFail : r.outcome === 'unknown' ? weaker(r.onFail, UNKNOWN_DECISION) : 'go';
    if (DECISION_RANK[forced] > DECISION_RANK[decision]) decision = forced;
  }
  return decision;
}

function weaker(a: Decision, b: Decision): Decision {
  return DECISION_RANK[a] <= DECISION_RANK[b] ? a : b;
}
