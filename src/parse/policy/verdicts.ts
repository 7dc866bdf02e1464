/**
 * Keys and headings (normalised: lower case, `/` and `-` as spaces, a plural
 * `s` dropped) that announce a verdict: `**Recommendation**:`, `## FINAL
 * VERDICT:`, `### GO/NO-GO RECOMMENDATION:`, `Production Deployment Status`,
 * `### Strategic Recommendation:`, `**Overall Assessment**:` (a bare
 * `Assessment:` grades one check). A statement under such a key is a verdict
 * whatever it says (its decision `unknown` when the lexicon reads none), and
 * a state (READY, FAILED) decides under it. The status of the deployment
 * itself (`## PRODUCTION DEPLOYMENT STATUS` + `**BLOCKED**`) is one too, with
 * the weight of a status line.
 */
export const VERDICT_KEYS = /^((final|overall|strategic|final validation|deployment|release|production|production deployment) )?(verdict|recommendation|decision|determination)$|^(final|overall|strategic) assessment$|^go no go( recommendation| decision)?$|^(production deployment|deployment|release) (status|readiness)$/;

/** Stand-ins of stripped emoji in headings and keys: `[LAUNCH]`, `[TARGET]`, `[OK]`. */
export const STAND_IN_TOKEN = /\[[A-Z][A-Z _-]{0,15}\]/g;

/**
 * Keys that state a verdict only with an order or a decision in their value
 * (GO, APPROVED, HOLD, DO NOT DEPLOY, not a mere READY or FAILED): a status
 * line (`Status:`, `Production Deployment Status:`, `Deployment Readiness:`), a classification or certification
 * of the release, a `Production Deployment:` line. Under a verdict heading
 * (`## FINAL VERDICT`) a state decides too.
 */
export const STATUS_KEYS = /^(.+ )?(status|readiness)$|^(classification|certification|release|deployment|production deployment)$/;

/** A value that leaves the decision open on purpose (a draft's slot): no statement at all. */
export const PLACEHOLDER_VALUE = /^(tbd|tba|to decide|to be decided|undecided|n\/a|\?+|-+)$/i;

/** Keys whose statements weigh as a status line, not as a verdict, recommendation or decision. */
export const STATUS_WEIGHT = /(status|readiness)$/;

/**
 * Headings of projections: what the report expects after some work
 * ("### After All Mitigations", "Projected State", "Expected Outcome"); a
 * recommendation stated there is conditional on that work, not the verdict.
 */
export const PROJECTION_HEADING = /^(after|once|projected|expected|target|future|post[- ]?(mitigation|remediation|fix))\b/;

/** Section kinds whose statements are projections or plans, never the report's verdict. */
export const VERDICT_IGNORED_KINDS: ReadonlySet<string> = new Set(['risks', 'steps', 'actions']);
