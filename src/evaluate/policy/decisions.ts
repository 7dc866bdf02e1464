import type { Decision } from '../../model/types.js';

/**
 * The one ranking of the decision enum: how strongly a decision holds a
 * release back. The evaluation takes the strongest its rules force; a diff
 * calls a verdict better when its rank drops. `unknown` (nothing decided,
 * insufficient evidence) holds back more than GO and less than any stated
 * condition; a verdict moving to or from `unknown` has no direction.
 */
export const DECISION_RANK: Readonly<Record<Decision, number>> = { go: 0, unknown: 1, conditional: 2, 'no-go': 3 };

/** An `unknown` rule outcome forces at most this decision (and never more than the rule's onFail). */
export const UNKNOWN_DECISION: Decision = 'conditional';
