/**
 * Categorical values: a measure cell that holds a word instead of a number
 * (`PASS`, `PARTIAL`, `TIMEOUT`, `ELIMINATED`, `Real Semantic`). The limits keep
 * prose out: a value is short, and a cell that only says nothing is known is no value.
 */
export const CATEGORY_LIMITS = {
  /** longer cells are sentences (`Fix test infrastructure first`), not values */
  maxLength: 40,
  /** `Real Semantic`, `NOT STARTED`, `NO CRITICAL ISSUES` fit; a clause does not */
  maxWords: 4,
};

/** Cells that state no value: dashes, N/A, TBD, a question mark, an empty cell stand-in. */
export const NO_VALUE = /^(?:-+|—|–|n\/?a|tbd|tba|\?+|\.\.\.|…|empty|null)$/i;
