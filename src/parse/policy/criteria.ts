import type { Criterion, Mark } from '../../model/types.js';

/** The state a status marker gives a readiness criterion that is not a GFM task item. */
export const CRITERION_STATES: Readonly<Record<Mark, Criterion['state']>> = {
  done: 'pass',
  failed: 'fail',
  warning: 'warn',
  'in-progress': 'unchecked',
  pending: 'unchecked',
};

/** Table columns of readiness checklists, tested against normalised header keys. */
export const CRITERION_COLUMNS = {
  text: /^(criteri(on|a)|check|checks|item|requirement|category|area|component|gate|condition)$/,
  state: /^(status|state|result|met|pass|done|ready)$/,
} as const;

/** Status words in a table cell or after a criterion: `PASS`, `Met`, `FAILED`. */
export const CRITERION_WORDS: ReadonlyArray<{ state: Criterion['state']; pattern: RegExp }> = [
  { state: 'fail', pattern: /^(fail(ed)?|not met|no|missing|blocked)\b/i },
  { state: 'warn', pattern: /^(warn(ing)?|partial(ly)?|at risk)\b/i },
  { state: 'pass', pattern: /^(pass(ed)?|met|yes|ok|done|complete[d]?|ready|achieved)\b/i },
  { state: 'unchecked', pattern: /^(pending|todo|not started|in progress|open)\b/i },
];
