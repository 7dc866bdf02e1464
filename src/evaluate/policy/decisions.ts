import type { Decision } from '../../model/evaluation.js';

/** How strongly a decision holds a release back; the evaluation takes the strongest. */
export const DECISION_RANK: Readonly<Record<Decision, number>> = { go: 0, conditional: 1, 'no-go': 2 };

/** An `unknown` outcome forces at most this decision (and never more than the rule's onFail). */
export const UNKNOWN_DECISION: Decision = 'conditional';
