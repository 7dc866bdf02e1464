import type { Severity } from '../../model/types.js';

/**
 * A summary line that ranks the report's problems by severity and names them
 * by category: `🟡 **High Priority:** God objects, parameter coupling
 * violations`, `**Critical Issues:** Hardcoded paths, configuration coupling`.
 * Its key (normalizeKey of the lead) is a severity word and at most one of
 * these nouns; its value lists the categories.
 */
export const PRIORITY_SUMMARY_KEY = /^(critical|high|medium|low)(?: (?:priority|priorities|issues?|severity|findings?|problems?))?$/;

/** The severity each key word gives. */
export const PRIORITY_SEVERITY: Readonly<Record<string, Severity>> = { critical: 'critical', high: 'high', medium: 'medium', low: 'low' };

/** Between the categories of the value: commas, semicolons, "and", "&" (the parts are trimmed). */
export const PRIORITY_SEPARATOR = /[,;&]|\band\b/;

/** A category named by more words than this is a sentence, not a name. */
export const PRIORITY_CATEGORY_WORDS = 5;
