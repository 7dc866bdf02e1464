import type { Report } from '../model/types.js';
import { checkFacts } from './checkFacts.js';
import type { Rule, RuleCheck } from './rule.js';

/** Run one rule on a report: its own check function, or its declarative filters. */
export function checkRule(report: Report, rule: Rule): RuleCheck {
  return 'check' in rule ? rule.check(report) : checkFacts(report, rule);
}
