/**
 * What a go/no-go rule is: data. A rule names the facts it is about (`subject`)
 * and, declaratively, which of them make it fail (`fail`) or leave it unknown
 * (`unknown`); a custom rule may give a pure `check` function instead.
 */
import type { Decision, RuleResult } from '../model/evaluation.js';
import type { Report } from '../model/types.js';

/**
 * The collections of the report a declarative rule can look at: its fact
 * lists, its derived `verdict` (a list of at most one), and `evidence` (every
 * gate, verdict statement and issue: what a go/no-go can stand on).
 */
export type RuleSubject = 'issues' | 'gates' | 'criteria' | 'metrics' | 'risks' | 'verdict' | 'evidence';

/** field name -> accepted values; a fact matches when every listed field holds one of its values. */
export type FactFilter = Readonly<Record<string, readonly (string | number | boolean | null)[]>>;

/** `{count}` and `{items}` are replaced by the number and the labels of the matching facts. */
export interface RuleMessages {
  readonly pass: string;
  readonly fail: string;
  readonly unknown: string;
  /** used instead of `pass` when the report has no fact of the subject at all */
  readonly none?: string;
}

export interface RuleCheck {
  readonly outcome: RuleResult['outcome'];
  readonly message: string;
  readonly positions: RuleResult['positions'];
}

interface RuleBase {
  /** kebab-case id, used in config files and in results */
  readonly id: string;
  readonly description: string;
  /** the decision this rule forces when it fails (`unknown`: insufficient evidence); an unknown outcome forces at most `conditional` */
  readonly onFail: Decision;
  readonly enabled: boolean;
}

export interface DeclarativeRule extends RuleBase {
  readonly subject: RuleSubject;
  readonly fail?: FactFilter;
  readonly unknown?: FactFilter;
  /** the rule fails when the report has no fact of its subject at all (message `fail`, no items) */
  readonly failWhenNone?: true;
  readonly messages: RuleMessages;
}

export interface FunctionRule extends RuleBase {
  /** pure: report in, outcome out */
  readonly check: (report: Report) => RuleCheck;
}

export type Rule = DeclarativeRule | FunctionRule;
