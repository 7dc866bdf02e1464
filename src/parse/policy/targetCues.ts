/**
 * Words that announce a metric's target before its value (`Target: 90%`,
 * `(Requires: >=90%)`, `(Should be 0)`), as data. Matched case-insensitively
 * as whole words (a longer spelling listed before its prefix), followed by an optional `of` / `is` / `=` / `:` and the value.
 */
export const TARGET_CUE_WORDS: readonly string[] = [
  'targeted', // `targeted 90%`
  'target', // `Target: 90%`, the common spelling
  'goal', // `Goal: <2s`
  'threshold', // `Threshold: 500 LOC`
  'requirement', // `Requirement: ≥92%`
  'requires', // `85% (Requires: >=90%)`: what the value is held against
  'required', // `Required: 80%`
  'should be', // `2,242 (Should be 0)`: the value the report says it ought to have
];
