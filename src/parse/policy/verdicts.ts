import type { Verdict } from '../../model/types.js';

/**
 * Verdict phrases and the decision each means, tested in order against the
 * start of cleaned, upper-cased text; longer phrases come before their
 * prefixes ("NO-GO" before "GO", "NOT READY" before "READY").
 */
export const VERDICT_PHRASES: ReadonlyArray<{ pattern: RegExp; decision: Verdict['decision'] }> = [
  { pattern: /^CONDITIONAL(LY)? (GO|PROCEED|APPROV(AL|ED)|PASS)\b/, decision: 'conditional' },
  { pattern: /^(GO|PROCEED|DEPLOY|APPROVED) WITH (CAUTION|CONDITIONS|RESERVATIONS|MONITORING)\b/, decision: 'conditional' },
  { pattern: /^(PRODUCTION READY|READY) WITH (CAUTION|CONDITIONS|MONITORING|RESERVATIONS)\b/, decision: 'conditional' },
  { pattern: /^(PRODUCTION READY|READY) - WITH (CAUTION|CONDITIONS|MONITORING|RESERVATIONS)\b/, decision: 'conditional' },
  { pattern: /^(NEAR|NEARLY|PARTIALLY) (PRODUCTION )?READY\b/, decision: 'conditional' },
  { pattern: /^(NO[- ]GO|DO NOT (DEPLOY|PROCEED|RELEASE)|NOT (PRODUCTION[- ])?READY|NOT APPROVED|NOT RECOMMENDED)\b/, decision: 'no-go' },
  { pattern: /^(STOP WORK( ORDER)?|STOP|HALT|REJECTED|BLOCKED|FAILED|FAIL|CRITICAL FAILURE)\b/, decision: 'no-go' },
  { pattern: /^(GO|PROCEED|APPROVED|PASS(ED)?|PRODUCTION[- ]READY|READY FOR (PRODUCTION|DEPLOYMENT)|DEPLOY|SUCCESS(FUL)?|CERTIFIED)\b/, decision: 'go' },
];

/** Keys and headings that announce a verdict: `**Recommendation**:`, `## FINAL VERDICT:`. */
export const VERDICT_KEYS = /^(final )?(verdict|recommendation|decision|go\/no[- ]go( decision)?|final status|final assessment|determination|deployment (recommendation|decision|status)|production (deployment )?(status|decision|recommendation)|overall (verdict|recommendation|decision))$/;

/** Section kinds whose statements are projections or plans, never the report's verdict. */
export const VERDICT_IGNORED_KINDS: ReadonlySet<string> = new Set(['risks', 'steps', 'actions']);
