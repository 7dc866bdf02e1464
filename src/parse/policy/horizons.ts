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
  { pattern: /^(next|then|after(wards)?|later|ongoing|continuous)\b/i, label: null },
  { pattern: /^(week|phase|day|days|month|sprint|stage|step|milestone|iteration|quarter)\s+\d+(?:\s*[-–]\s*\d+)?\b/i, label: null },
  { pattern: /^q[1-4]\b/i, label: null },
];
