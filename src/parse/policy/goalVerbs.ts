/**
 * Verbs that open a list item stating where a metric should go: `Enhance cache
 * utilization to 90%+`, `Reduce lint errors to 0`, `Maintain >95% compliance`.
 * `down` verbs make a bare value a ceiling (`Reduce p95 latency to 300ms`: at most 300ms);
 * the others a floor. Matched case-insensitively as the item's first word.
 */
export const GOAL_VERBS: ReadonlyArray<{ verb: string; down: boolean }> = [
  { verb: 'increase', down: false }, // `Increase test coverage to 80%`
  { verb: 'raise', down: false }, // `Raise branch coverage to 70%`
  { verb: 'improve', down: false }, // `Improve cache hit rate to 95%`
  { verb: 'enhance', down: false }, // `Enhance cache utilization to 90%+`
  { verb: 'boost', down: false }, // `Boost throughput to 1,000 req/s`
  { verb: 'achieve', down: false }, // `Achieve >95% compliance across the codebase`
  { verb: 'reach', down: false }, // `Reach 90% assertion coverage`
  { verb: 'maintain', down: false }, // `Maintain >95% compliance across full codebase`
  { verb: 'keep', down: false }, // `Keep error budget under 1%`
  { verb: 'reduce', down: true }, // `Reduce theater score to <40`
  { verb: 'lower', down: true }, // `Lower p95 latency to 300ms`
  { verb: 'decrease', down: true }, // `Decrease bundle size to 500 KB`
  { verb: 'cut', down: true }, // `Cut build time to 2 minutes`
  { verb: 'bring', down: true }, // `Bring open findings down to 5`
];
