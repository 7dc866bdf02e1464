/**
 * Horizons of next steps, tested in order against the cleaned lead of an item
 * or a sub-heading. `label` builds the horizon as shown: a fixed name, or the
 * matched words for numbered horizons ("Week 2", "Phase 3", "Days 1-5").
 */
export const HORIZONS: ReadonlyArray<{ pattern: RegExp; label: string | null }> = [
  { pattern: /^immediate(ly)?\b|^(right )?now\b|^today\b|^asap\b/i, label: 'Immediate' },
  { pattern: /^short[\s-]?term\b/i, label: 'Short-term' },
  { pattern: /^(medium|mid)[\s-]?term\b/i, label: 'Medium-term' },
  { pattern: /^long[\s-]?term\b/i, label: 'Long-term' },
  { pattern: /^final(ly)?\b/i, label: 'Final' },
  { pattern: /^future\b/i, label: 'Long-term' },
  { pattern: /^this (week|sprint|month|quarter)\b/i, label: null },
  { pattern: /^(next|then|after(wards)?|later|ongoing|continuous)\b/i, label: null },
  { pattern: /^(week|phase|day|days|month|sprint|stage|step|milestone|iteration|quarter)\s+\d+(?:\s*[-–]\s*\d+)?\b/i, label: null },
  { pattern: /^q[1-4]\b/i, label: null },
];

/** Step-table columns, tested against normalised header keys. */
export const STEP_COLUMNS = {
  horizon: /^(phase|week|day|days|sprint|horizon|when|timeline|milestone|stage|step|period)$/,
  text: /^(key deliverable|deliverables?|tasks?|actions?|steps?|description|activit(y|ies)|focus|goals?|objectives?|what)$/,
} as const;
