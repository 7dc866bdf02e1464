/**
 * How issue sections are written, as data.
 *
 * FIELD_KEYS: `**Key**: value` keys that describe one issue (its location,
 * impact, fix) rather than name another issue. A section whose list or
 * paragraphs carry such keys is one issue titled by its heading.
 */
export const FIELD_KEYS = /^(primary issue|issue|problem|description|details?|location|file|files|files affected|impact|resolution|fix|fixes applied|remediation|root cause|cause|evidence|severity|priority|status|cvss( score)?|cve classification|cwe|reproduction|error|behaviou?r|effect|recommendation|mitigation|owner|affected( files| components)?|component|lines?|risk|remaining risk|vulnerability details|exploit(ation)?( scenario)?|proof of concept|attack vector|before|after|result|overall( [a-z]+){1,3}|mitigation required|current mitigation|test results|attack vector)$/;

/** Headings too generic to name a category: the parent heading is used instead. */
export const GENERIC_CATEGORIES = /^((critical|key|major|main|other) )?(issues?( found| identified| detected| list)?|findings?|problems?( found)?|bugs?( found)?|defects?|critical issues|errors?( found)?|details?|list)$/;

/** Keys and headings of issue-table columns. */
export const ISSUE_COLUMNS = {
  title: /^(issue|problem|finding|bug|defect|vulnerability|blocker|title|description|item|name|error)s?$/,
  severity: /^(severity|priority|criticality|impact|level)$/,
  status: /^(status|state|resolution)$/,
} as const;

/** `(12 Critical)`, `(3 instances)`, `- 5 issues`: a count the heading announces. */
export const HEADING_COUNT = /\((\d[\d,]*)(?:\s+[a-z][a-z-]*)?\)|[-–:]\s*(\d[\d,]*)\s+(?:issues?|failures?|items?|findings?|blockers?)\b/i;

/** List items that summarise counts ("3 CRITICAL vulnerabilities") rather than name an issue. */
export const COUNT_SUMMARY = /^(\d[\d,]*\+?|zero|no)\s+(blocking|critical|high|medium|low|minor|major|severe)?\s*(severity\s+)?(issues?|vulnerabilit(y|ies)|findings?|errors?|failures?|bugs?|concerns?|problems?|violations?)\b/i;

/** The value of a list item that counts or measures (`Skipped tests: **407**`), so the item is a metric, not an issue. */
export const METRIC_VALUE = /^([~<>≈]?\s*\d[\d,.]*\s*(\+|%|pp|x|k)?|multiple|many|several|none|zero)(\s*\([^)]*\))?$/i;

/** What may follow the quantity of a metric line that is no issue: nothing, an aside in parentheses, a dash and a comment (`28% - some promise`). */
export const METRIC_ASIDE = /^\s*(\([^)]*\)\s*)?$|^\s+[-–—]\s+\S/;
