/**
 * The polarity lexicon that reads a release decision out of open wording
 * (`COMPLETE REBUILD RECOMMENDED`, `❌ PHASE 5 FAILED`, `HOLD UNTIL BLOCKERS
 * RESOLVED`). Words are matched as upper-cased tokens ("NO-GO" is NO GO).
 *
 * strength 'decision': an order or a decision about release; it counts under
 * any key that may state one (a status line, a classification).
 * strength 'state': a state of the work (READY, FAILED); it counts only where
 * the report announces a verdict (a verdict / recommendation key or heading).
 */
export type Polarity = 'go' | 'no-go';

export interface LexiconTerm {
  readonly words: readonly string[];
  readonly polarity: Polarity;
  readonly strength: 'decision' | 'state';
  /** the term decides about release only when followed by the end of the clause or one of these words */
  readonly releaseObject?: true;
  /** the term counts only right after one of these words (a problem it confirms) */
  readonly after?: readonly string[];
}

/** Things a report finds wrong: "<problem> CONFIRMED" states a failed assessment. */
const PROBLEMS = ['THEATER', 'THEATRE', 'FRAUD', 'FAKE', 'FAKES', 'MOCK', 'MOCKS', 'FAILURE', 'FAILURES', 'REGRESSION', 'REGRESSIONS', 'BREAKAGE', 'VIOLATION', 'VIOLATIONS'] as const;

export const VERDICT_TERMS: readonly LexiconTerm[] = [
  // the plain release decision; "GO/NO-GO" (the decision to make) is removed before matching
  { words: ['GO'], polarity: 'go', strength: 'decision' },
  // "PROCEED", "PROCEED WITH CAUTION" (the condition word makes it conditional)
  { words: ['PROCEED'], polarity: 'go', strength: 'decision' },
  // "APPROVED FOR PRODUCTION DEPLOYMENT", "DEPLOYMENT APPROVED", "NOT APPROVED" (negated: no-go)
  { words: ['APPROVED'], polarity: 'go', strength: 'decision' },
  { words: ['APPROVE'], polarity: 'go', strength: 'decision' },
  // "AUTHORIZE IMMEDIATE DEPLOYMENT", "RELEASE AUTHORIZED"
  { words: ['AUTHORIZE'], polarity: 'go', strength: 'decision' },
  { words: ['AUTHORIZED'], polarity: 'go', strength: 'decision' },
  // "DEPLOY", "DEPLOY WITH CONFIDENCE", "DO NOT DEPLOY"; "deploy the remediation team" decides nothing about release
  { words: ['DEPLOY'], polarity: 'go', strength: 'decision', releaseObject: true },
  // "SHIP IT"
  { words: ['SHIP'], polarity: 'go', strength: 'decision', releaseObject: true },
  // "PRODUCTION READY", "READY FOR DEPLOYMENT", "NOT READY" (negated: no-go)
  { words: ['READY'], polarity: 'go', strength: 'state' },
  // "CERTIFIED FOR PRODUCTION"
  { words: ['CERTIFIED'], polarity: 'go', strength: 'state' },
  // "PASSED", "PASS" as an overall assessment
  { words: ['PASSED'], polarity: 'go', strength: 'state' },
  { words: ['PASS'], polarity: 'go', strength: 'state' },
  // "COMPLETE SUCCESS" as an overall assessment
  { words: ['SUCCESS'], polarity: 'go', strength: 'state' },
  // "PHASE 8 REMEDIATION SUCCESSFUL" as a final verdict
  { words: ['SUCCESSFUL'], polarity: 'go', strength: 'state' },
  // "SUITABLE FOR PRODUCTION"; "NOT SUITABLE" (negated: no-go)
  { words: ['SUITABLE'], polarity: 'go', strength: 'state' },
  // "DEPLOYMENT RECOMMENDED" under a verdict key; "NOT RECOMMENDED" (negated: no-go)
  { words: ['RECOMMENDED'], polarity: 'go', strength: 'state' },
  // "HOLD", "HOLD UNTIL BLOCKERS RESOLVED", "ON HOLD"
  { words: ['HOLD'], polarity: 'no-go', strength: 'decision' },
  // "STOP WORK ORDER REMAINS IN EFFECT", "STOP"
  { words: ['STOP'], polarity: 'no-go', strength: 'decision' },
  // "HALT DEPLOYMENT"
  { words: ['HALT'], polarity: 'no-go', strength: 'decision' },
  // "PAUSE DEPLOYMENT", "DEPLOYMENT PAUSED"
  { words: ['PAUSE'], polarity: 'no-go', strength: 'decision' },
  { words: ['PAUSED'], polarity: 'no-go', strength: 'decision' },
  // "REJECTED"
  { words: ['REJECTED'], polarity: 'no-go', strength: 'decision' },
  { words: ['REJECT'], polarity: 'no-go', strength: 'decision' },
  // "REBUILD REQUIRED", "COMPLETE REBUILD RECOMMENDED": an order to start over
  { words: ['REBUILD'], polarity: 'no-go', strength: 'decision' },
  // "BLOCKED" as a deployment status
  { words: ['BLOCKED'], polarity: 'no-go', strength: 'state' },
  // "FAILED", "❌ PHASE 5 REMEDIATION FAILED" (a failure written after its subject), "FAIL"
  { words: ['FAILED'], polarity: 'no-go', strength: 'state' },
  { words: ['FAIL'], polarity: 'no-go', strength: 'state' },
  // "CRITICAL FAILURE" as an overall assessment ("ZERO FAILURES" is negated: nothing)
  { words: ['FAILURE'], polarity: 'no-go', strength: 'state' },
  // "THEATER CONFIRMED", "FRAUD CONFIRMED": the finding the audit was looking for
  { words: ['CONFIRMED'], polarity: 'no-go', strength: 'state', after: PROBLEMS },
  // "THEATER DETECTED"
  { words: ['DETECTED'], polarity: 'no-go', strength: 'state', after: PROBLEMS },
];

/** Words that negate a term within the two tokens before it: NOT READY, NO GO, DO NOT DEPLOY, ZERO FAILURES. */
export const NEGATORS: ReadonlySet<string> = new Set(['NOT', 'NO', 'NEVER', 'CANNOT', 'DONT', 'ZERO', 'NON']);

/** Words that make a go conditional: CONDITIONAL GO, GO WITH CAUTION, READY WITH CONDITIONS, NEARLY READY, PROCEED ONCE FIXED. */
export const CONDITION_WORDS: ReadonlySet<string> = new Set([
  'CONDITIONAL', 'CONDITIONALLY', 'CONDITIONS', 'CAUTION', 'ONCE', 'RESERVATIONS', 'CAVEATS', 'PENDING', 'PARTIALLY', 'NEAR', 'NEARLY', 'LIMITED',
]);

/**
 * What may follow DEPLOY or SHIP when it decides about release: the end of
 * the clause, a manner (WITH, NOW, IMMEDIATELY, AS), a target (TO
 * PRODUCTION) or the product itself. Any other object ("DEPLOY THE
 * REMEDIATION TEAM") makes it an action, not a release decision.
 */
export const RELEASE_FOLLOWERS: ReadonlySet<string> = new Set([
  'WITH', 'NOW', 'IMMEDIATELY', 'AS', 'TO', 'INTO', 'IT', 'AND', 'ONCE', 'AFTER', 'WHEN', 'UNTIL',
  'PRODUCTION', 'SYSTEM', 'PLATFORM', 'RELEASE', 'BUILD', 'APPLICATION', 'APP', 'CODE', 'SERVICE', 'CHANGES', 'VERSION', 'PHASE',
]);

/** Articles skipped between DEPLOY and its object. */
export const ARTICLES: ReadonlySet<string> = new Set(['THE', 'A', 'AN', 'THIS']);

/** Longest clause (in words) that can state a decision; longer text is advice written as a sentence. */
export const MAX_VERDICT_WORDS = 8;
