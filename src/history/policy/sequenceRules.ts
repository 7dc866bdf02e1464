/**
 * How reports are placed in time and grouped into sequences, as data
 * (documented in the README, "Sequences").
 */

/** Keys of key/value lines that carry the date of a report ("Audit Date", "Date", "Signed off", "Generated"). */
export const DATE_KEY = /\b(date|dated|generated|signed|sign-off|created|updated|as of)\b/i;

/** Keys of key/value lines that name the project a report belongs to. */
export const PROJECT_KEY = /^(project|project name|product|system|platform)$/i;

/**
 * Words of a title that say what kind of report it is, not what it is about:
 * dropped before titles are compared, so "Phase 6 Orchestration - Initial
 * Assessment Report" and "Phase 6 ... Orchestration - Final Report" share the
 * stem "orchestration".
 */
export const GENERIC_TITLE_WORDS: ReadonlySet<string> = new Set([
  /** document kinds */
  'report', 'assessment', 'audit', 'review', 'summary', 'analysis', 'update', 'status', 'check', 'checklist', 'validation',
  'validated', 'evaluation', 'documentation', 'findings', 'results',
  /** moments of a sequence: these differ between the reports of one sequence */
  'initial', 'final', 'interim', 'preliminary', 'progress', 'completion', 'complete', 'completed', 'success', 'readiness',
  'reality', 'comprehensive', 'detailed', 'executive', 'daily', 'weekly', 'post', 'pre', 'iteration', 'sprint', 'day', 'week',
  'phase', 'stage', 'milestone', 'critical', 'immediate', 'mission', 'accomplished',
]);

/**
 * Two reports whose title stems (identity words minus the words above) are at
 * least this alike (0..1, see diff/match/similarity.ts) are one sequence.
 */
export const STEM_SIMILARITY = 0.5;

/**
 * How many days apart a lone report and a phase series may be dated for the
 * report to join the series by its phase number alone: reports about one phase
 * of one project are written within days of each other, while phase numbers
 * repeat across projects and years.
 */
export const PHASE_FAMILY_DAYS = 14;

/**
 * Where a title word puts a report among reports of the same phase and date
 * ("Reality Check Report" then "FINAL REALITY ASSESSMENT" on one day): a
 * title with none of these words is in the middle (MIDDLE_STAGE).
 */
export const STAGE_WORDS: Readonly<Record<string, number>> = {
  /** the first look at a phase */
  initial: 0,
  preliminary: 0,
  baseline: 0,
  /** a report after the first and before the last */
  interim: 1,
  /** the closing report of a phase */
  final: 2,
  closing: 2,
  closeout: 2,
};

export const MIDDLE_STAGE = 1;

/**
 * Values that place nothing in time: a report whose before value is another
 * report's current value comes after it (see carriedValues), but 0 and 100
 * are written by every report ("0 errors", "100% coverage").
 */
export const NOT_CARRIED: ReadonlySet<number> = new Set([0, 100]);
