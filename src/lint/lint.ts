import type { Report } from '../model/types.js';
import { LINT_RULES } from './rules/index.js';
import { LINT_SEVERITIES, type LintFinding, type LintRule, type LintSetting } from './types.js';

/** Rule id -> severity or 'off', as given in the config file's `lint.rules`. */
export type LintSettings = Readonly<Partial<Record<string, LintSetting>>>;

/**
 * Every finding of the enabled rules on one report, sorted by line, column
 * and rule id (deterministic). `settings` overrides the rules' default severities.
 */
export function lint(report: Report, settings: LintSettings = {}, rules: readonly LintRule[] = LINT_RULES): LintFinding[] {
  const findings: LintFinding[] = [];
  for (const rule of rules) {
    const setting = settings[rule.id] ?? rule.severity;
    if (setting === 'off') continue;
    for (const finding of rule.check(report)) {
      findings.push({ ...finding, ruleId: rule.id, severity: setting, position: finding.citations[0].position });
    }
  }
  return findings.sort(byPlace);
}

/** Line, column, rule id, message: code-unit order, never the machine's locale. */
function byPlace(a: LintFinding, b: LintFinding): number {
  return a.position.line - b.position.line || a.position.column - b.position.column || compare(a.ruleId, b.ruleId) || compare(a.message, b.message);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Findings counted by severity. */
export function countBySeverity(findings: readonly LintFinding[]): Record<(typeof LINT_SEVERITIES)[number], number> {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity] += 1;
  return counts;
}
