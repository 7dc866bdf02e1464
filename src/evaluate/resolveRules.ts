import { PhaseReportError } from '../errors.js';
import { DEFAULT_RULES } from './policy/defaultRules.js';
import type { Rule } from './rule.js';
import { RulesConfig } from './rulesConfig.js';

/**
 * The rules to evaluate with: `base` (the defaults) with a JSON config's
 * settings applied. Throws PhaseReportError('usage') on a malformed config or
 * a rule id that does not exist.
 */
export function resolveRules(config: unknown = {}, base: readonly Rule[] = DEFAULT_RULES): Rule[] {
  const parsed = RulesConfig.safeParse(config);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length > 0 ? ` at ${issue.path.map(String).join('.')}` : '';
    throw new PhaseReportError('usage', `invalid rules config${where}: ${issue?.message ?? 'malformed'}`);
  }
  const settings = parsed.data.rules ?? {};
  const known = new Set(base.map((r) => r.id));
  const unknown = Object.keys(settings).filter((id) => !known.has(id));
  if (unknown.length > 0) {
    const names = unknown.map((id) => `"${id}"`).join(', ');
    throw new PhaseReportError('usage', `unknown rule ${names} in rules config; known rules: ${[...known].join(', ')}`);
  }
  return base.map((rule) => {
    const setting = settings[rule.id];
    return setting ? { ...rule, onFail: setting.onFail ?? rule.onFail, enabled: setting.enabled ?? rule.enabled } : rule;
  });
}
