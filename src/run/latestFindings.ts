import { diff } from '../diff/index.js';
import { evaluate, resolveRules } from '../evaluate/index.js';
import { lint } from '../lint/lint.js';
import type { PhaseDiff } from '../model/diffSchema.js';
import { failFindings } from './failRules.js';
import type { NamedReport } from './loadReports.js';
import type { RunContext } from './types.js';

/**
 * --fail-on findings for a sequence of reports judged by its latest report:
 * the latest against the one before it (regression, new-blocker) and the
 * latest's own evaluation (no-go). Earlier phases do not fail today's run.
 * Pass the diff of the two when it is already at hand.
 */
export function latestFindings(latest: NamedReport, previous: NamedReport | null, context: RunContext, known?: PhaseDiff): string[] {
  const rules = context.config.failOn;
  if (rules.length === 0) return [];
  const change = previous ? (known ?? diff(previous.report, latest.report)) : null;
  const evaluation = rules.includes('no-go') ? evaluate(latest.report, resolveRules({ rules: context.config.rules })) : null;
  const label = previous ? `${previous.input} -> ${latest.input}` : latest.input;
  const findings = rules.includes('lint-error') ? lint(latest.report, context.config.lint.rules) : null;
  return failFindings(rules, { diff: change, evaluation, label, lint: findings });
}
