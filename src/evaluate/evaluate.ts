import type { Evaluation, RuleResult } from '../model/evaluation.js';
import type { Report } from '../model/types.js';
import { checkRule } from './checkRule.js';
import { decide } from './decide.js';
import { DEFAULT_RULES } from './policy/defaultRules.js';
import type { Rule } from './rule.js';

/**
 * The go/no-go evaluation of a report: every enabled rule's outcome with the
 * positions of the facts behind it, the decision they force, and whether the
 * report's own verdict agrees. `unknown` when the report states no gate, no
 * verdict and no issue (rule `evidence-stated`). Pure and deterministic.
 */
export function evaluate(report: Report, rules: readonly Rule[] = DEFAULT_RULES): Evaluation {
  const results: RuleResult[] = rules
    .filter((rule) => rule.enabled)
    .map((rule) => {
      const { outcome, message, positions } = checkRule(report, rule);
      return { rule: rule.id, outcome, onFail: rule.onFail, message, positions: [...positions] };
    });
  const decision = decide(results);
  const stated = report.verdict?.decision ?? null;
  return { decision, results, stated, agrees: stated === null || stated === 'unknown' ? null : stated === decision };
}
