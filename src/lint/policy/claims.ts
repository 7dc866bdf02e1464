/**
 * What a report uses to claim success, as data.
 */

/** A pass written on a metric or gate line: ✅, PASS/PASSED, MET, ACHIEVED (words upper- or title-cased as reports write them). */
export const PASS_CLAIM = /✅|✔|\[(OK|PASS|PASSED)\]|\b(PASS(ED)?|MET|ACHIEVED|Passed|Met|Achieved|EXCEEDED|Exceeded)\b/;

/** A status text that claims the work is done or ready ("Assessment Complete", "PRODUCTION READY", "Approved"). */
export const DONE_CLAIM = /\b(complete[d]?|ready|success(ful)?|passed|approved|certified|validated|achieved|accomplished)\b/i;

/** Words that turn a done claim around or leave it partial ("NOT READY", "Partially complete", "incomplete"). */
export const DONE_NEGATION = /\b(not|no|never|partial(ly)?|near(ly)?|almost|pending|incomplete|in progress|awaiting|blocked|fail(ed|ing)?|with conditions|conditional)\b/i;

/** Issue severities whose open issues contradict a go or done claim. */
export const CLAIM_BLOCKING_SEVERITIES: ReadonlySet<string> = new Set(['blocking', 'critical']);

/** Issue statuses that count as still open (a listed issue left open in one place and resolved in another). */
export const OPEN_STATUSES: ReadonlySet<string> = new Set(['open', 'in-progress', 'blocked']);

/**
 * Issue statuses that contradict a go or done claim. Not 'in-progress': a
 * "PARTIALLY RESOLVED" issue beside a PROCEED is a judgement the report makes
 * openly, not a contradiction.
 */
export const CLAIM_OPEN_STATUSES: ReadonlySet<string> = new Set(['open', 'blocked']);

/** A line that states something as resolved: ✅, RESOLVED / FIXED / CLOSED in capitals or in parentheses. */
export const RESOLVED_CLAIM = /✅|\b(RESOLVED|FIXED|CLOSED|REMEDIATED)\b|\((now )?(resolved|fixed|closed|remediated)\)/;

/** Words on such a line that undo the claim ("NOT FIXED", "PARTIALLY RESOLVED", "UNRESOLVED"). */
export const RESOLVED_NEGATION = /\b(not|un|partially|partly|pending|still)\s*(resolved|fixed|closed)|\bunresolved\b/i;

/**
 * Section kinds that state the report's own figures. A metric repeated across
 * top-level (##) sections of these kinds is the same figure; one under any
 * other heading ("### Rule 4", "### 48-Hour Simulation", a component) is that
 * subject's own figure.
 */
export const REPORT_WIDE_KINDS: ReadonlySet<string> = new Set(['summary', 'status', 'metrics', 'gates', 'readiness', 'verdict']);
