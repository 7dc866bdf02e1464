import type { Verdict } from '../../model/types.js';

/**
 * Verdict phrases and the decision each means, tested in order against the
 * start of cleaned, upper-cased text; longer phrases come before their
 * prefixes ("NO-GO" before "GO", "NOT READY" before "READY"). "GO/NO-GO" names
 * the decision to be made, not a decision: the go row refuses it.
 */
export const VERDICT_PHRASES: ReadonlyArray<{ pattern: RegExp; decision: Verdict['decision'] }> = [
  { pattern: /^CONDITIONAL(LY)? (GO|PROCEED|APPROV(AL|ED)|PASS)\b/, decision: 'conditional' },
  { pattern: /^(GO|PROCEED|DEPLOY|APPROVED)( TO PRODUCTION)? WITH ((ENHANCED|CLOSE|CONTINUOUS) )?(CAUTION|CONDITIONS|RESERVATIONS|MONITORING)\b/, decision: 'conditional' },
  { pattern: /^(PRODUCTION[- ]READY|READY)( -)? WITH ((ENHANCED|CLOSE|CONTINUOUS) )?(CAUTION|CONDITIONS|MONITORING|RESERVATIONS)\b/, decision: 'conditional' },
  { pattern: /^(NEAR|NEARLY|PARTIALLY) (PRODUCTION[- ])?READY\b/, decision: 'conditional' },
  { pattern: /^(NO[- ]GO|DO NOT (DEPLOY|PROCEED|RELEASE)|NOT (PRODUCTION[- ])?READY|NOT APPROVED|NOT RECOMMENDED|HOLD)\b/, decision: 'no-go' },
  { pattern: /^(STOP WORK( ORDER)?|STOP|HALT|REJECTED|BLOCKED|FAILED|FAIL|CRITICAL FAILURE)\b/, decision: 'no-go' },
  { pattern: /^(GO(?!\s*\/\s*NO)|PROCEED|APPROVED|PASS(ED)?|PRODUCTION[- ]READY|READY FOR (PRODUCTION|DEPLOYMENT)|DEPLOY|CERTIFIED)\b/, decision: 'go' },
  { pattern: /^(PRODUCTION )?(DEPLOYMENT )?APPROVED\b/, decision: 'go' },
];

/**
 * Keys and headings (normalised: lower case, `/` and `-` as spaces) that
 * announce a verdict: `**Recommendation**:`, `## FINAL VERDICT:`,
 * `### GO/NO-GO RECOMMENDATION:`, `Production Deployment Status`.
 */
export const VERDICT_KEYS = /^((final|overall|strategic|final validation) )?(verdict|recommendation|decision|determination|assessment)$|^go no go( recommendation| decision)?$|^(final|overall|production|deployment|production deployment) (status|decision|recommendation|readiness)$/;

/** Section kinds whose statements are projections or plans, never the report's verdict. */
export const VERDICT_IGNORED_KINDS: ReadonlySet<string> = new Set(['risks', 'steps', 'actions']);
