/**
 * What makes a line of the newer report say an earlier issue is resolved when
 * the newer report lists no matching issue: the line names the issue (one of
 * its identifiers, or every identity word of its title when it has none) and
 * carries a done mark (✅, `[OK]`, `(FIXED)` ... see src/parse/policy/marks.ts)
 * or one of these words.
 */
export const RESOLVED_WORDS = /\b(fixed|resolved|closed|completed?|done|eliminated|restored|removed|implemented)\b/i;

/** A title needs this many identity words before a line can name it without identifiers. */
export const MIN_TITLE_WORDS_FOR_MENTION = 2;

/**
 * Share of a title's identity words a line must contain to name the issue
 * (when the issue has no identifiers): a later list rewords ("Math.random()
 * session IDs: ELIMINATED" names "Math.random() used for session IDs").
 */
export const MENTION_SHARE = 0.75;

/** An action's status text that says the action is complete (a 🟢 READY is not). */
export const COMPLETED_STATUS = /\b(complete[d]?|done|finished|delivered|accomplished)\b/i;
