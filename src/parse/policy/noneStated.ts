/**
 * Text that says a bucket is empty rather than naming an issue or a risk:
 * "None identified", "❌ **None detected**", "N/A", "No risks", "No known
 * issues found". Shared by issue and risk lists; tested against an item's
 * cleaned title (a trailing aside in parentheses removed).
 */
export const NONE_STATED = /^(none( (identified|found|detected|reported|observed|known|so far|at this time|at present))?|n\/a|nil|no (significant |known |open |remaining |outstanding |new )?(risks?|issues?|problems?|findings?|blockers?|bugs?|defects?)( (identified|found|detected|reported|observed))?)\.?$/i;
