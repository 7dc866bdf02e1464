import type { FailRule } from '../config/configSchema.js';
import type { PhaseDiff } from '../model/diffSchema.js';
import type { LintFinding } from '../lint/types.js';
import type { Evaluation } from '../model/evaluation.js';

/** What a --fail-on rule looks at: a diff (when there is one) and the newest report's evaluation. */
export interface FailSubject {
  readonly diff: PhaseDiff | null;
  readonly evaluation: Evaluation | null;
  readonly label: string;
  /** lint findings of the newest report, when --fail-on lint-error asked for them */
  readonly lint?: readonly LintFinding[] | null;
}

const BLOCKER_SEVERITIES = new Set(['blocking', 'critical']);

/** The --fail-on rules as data: each returns one line per finding, empty when it does not fire. */
export const FAIL_RULES: Readonly<Record<FailRule, { description: string; findings(subject: FailSubject): string[] }>> = {
  regression: {
    description: 'a metric regressed, a gate became unmet, or the verdict got worse',
    findings: ({ diff, label }) => {
      if (!diff) return [];
      return [
        ...diff.metrics.filter((m) => m.kind === 'regressed').map((m) => `${label}: metric "${m.name}" regressed`),
        ...diff.gates.filter((g) => g.kind === 'unmet').map((g) => `${label}: gate "${g.criterion}" is no longer met`),
        ...(diff.verdict.direction === 'worse' ? [`${label}: the verdict got worse`] : []),
      ];
    },
  },
  'new-blocker': {
    description: 'an unresolved blocking or critical issue is new or reopened',
    findings: ({ diff, label }) =>
      (diff?.issues ?? [])
        .filter((i) => (i.kind === 'new' || i.kind === 'reopened') && i.newer !== null && i.newer.status !== 'resolved' && BLOCKER_SEVERITIES.has(i.newer.severity))
        .map((i) => `${label}: ${i.kind} ${i.newer?.severity} issue "${i.title}"`),
  },
  'no-go': {
    description: 'the go/no-go evaluation of the newest report is NO-GO',
    findings: ({ evaluation, label }) => (evaluation?.decision === 'no-go' ? [`${label}: evaluates to NO-GO`] : []),
  },
  'lint-error': {
    description: 'an error-level lint rule fires on the newest report',
    findings: ({ lint, label }) =>
      (lint ?? []).filter((f) => f.severity === 'error').map((f) => `${label}:${f.position.line}: ${f.message} (${f.ruleId})`),
  },
};

/** Findings of the selected rules, each prefixed by its rule id. */
export function failFindings(rules: readonly FailRule[], subject: FailSubject): string[] {
  return rules.flatMap((rule) => FAIL_RULES[rule].findings(subject).map((f) => `${rule}: ${f}`));
}
