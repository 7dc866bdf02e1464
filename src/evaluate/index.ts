/** Go/no-go evaluation of a report against rules given as data. */
export { evaluate } from './evaluate.js';
export { resolveRules } from './resolveRules.js';
export { DEFAULT_RULES } from './policy/defaultRules.js';
export { RulesConfig, RuleSetting } from './rulesConfig.js';
export type { Rule, DeclarativeRule, FunctionRule, RuleCheck, RuleMessages, RuleSubject, FactFilter } from './rule.js';
