/**
 * What lint is: rules as data that read a parsed report and return findings,
 * each citing every line involved (both sides of a contradiction).
 */
import type { Position, Report } from '../model/types.js';

/** Closed enum, ranked once: error > warning > info. `off` disables a rule. */
export const LINT_SEVERITIES = ['error', 'warning', 'info'] as const;
export type LintSeverity = (typeof LINT_SEVERITIES)[number];
export type LintSetting = LintSeverity | 'off';

/** One place a finding cites, with what the report states there. */
export interface LintCitation {
  readonly position: Position;
  /** what this line says, in a few words ("states 12", "item 3 of 6") */
  readonly note: string;
}

/** What a rule returns: the message and the lines involved; the first citation is where the finding is reported. */
export interface RuleFinding {
  readonly message: string;
  readonly citations: readonly [LintCitation, ...LintCitation[]];
}

export interface LintRule {
  /** kebab-case id, used in config files and in the output */
  readonly id: string;
  readonly severity: LintSeverity;
  readonly description: string;
  /** pure: report in, findings out */
  readonly check: (report: Report) => RuleFinding[];
}

export interface LintFinding extends RuleFinding {
  readonly ruleId: string;
  readonly severity: LintSeverity;
  /** where it is reported: the first citation's position */
  readonly position: Position;
}
