import type { IssueStatus, Severity } from '../../model/types.js';

/**
 * The words of the next-update draft, as data: headings (chosen so that the
 * parser classifies each section as the same kind again), slots left for the
 * author, and the order facts are grouped in.
 */
export const DRAFT_HEADINGS = {
  summary: 'Executive Summary',
  resolved: 'Resolved Issues Since Last Update',
  issues: 'Open Issues Carried Forward',
  gates: 'Quality Gates',
  risks: 'Risk Assessment',
  steps: 'Next Steps from Last Update',
  verdict: 'Go/No-Go Recommendation',
} as const;

/** Emphasised placeholders the author replaces. */
export const SLOTS = {
  date: 'YYYY-MM-DD',
  author: 'to fill',
  status: 'to update',
  owner: 'to assign',
  value: 'to measure',
  verdict: 'to decide',
  summary: 'Summarise the progress made since the last update.',
} as const;

export const DRAFT_STATUS = 'Draft';

/** Open issues are grouped under these headings, in this order. */
export const SEVERITY_HEADINGS: ReadonlyArray<{ severity: Severity; heading: string }> = [
  { severity: 'blocking', heading: 'Blocking Issues' },
  { severity: 'critical', heading: 'Critical Issues' },
  { severity: 'high', heading: 'High Priority Issues' },
  { severity: 'medium', heading: 'Medium Priority Issues' },
  { severity: 'low', heading: 'Low Priority Issues' },
  { severity: 'info', heading: 'Informational Issues' },
  { severity: 'unknown', heading: 'Other Open Issues' },
];

/** The marker written before a carried issue so its last status reads back. */
export const STATUS_MARKERS: Readonly<Record<IssueStatus, string>> = {
  open: '',
  'in-progress': '🔄',
  blocked: '⛔',
  resolved: '✅',
  warning: '⚠️',
};

/** `Key: value` lines of an issue's detail that are fields, not description (tested on the lower-cased key). */
export const DETAIL_FIELDS = {
  owner: /^(owner|owners|assignee|assigned to|responsible)$/,
  skipped: /^(status|state|resolution status|severity|priority|criticality|owner|owners|assignee|assigned to|responsible|timeline|due)$/,
} as const;
