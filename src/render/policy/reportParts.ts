/**
 * The parts of the report page, in page order: anchor id and title. The TOC is
 * built from this table; templates read ids and titles from `view.parts`.
 * Ids are prefixed `pr-` so they never meet a heading slug of the report body.
 */
export const REPORT_PARTS = [
  { key: 'glance', id: 'pr-glance', title: 'At a glance' },
  { key: 'lint', id: 'pr-lint', title: 'Lint findings' },
  { key: 'gates', id: 'pr-gates', title: 'Quality gates' },
  { key: 'metrics', id: 'pr-metrics', title: 'Metrics' },
  { key: 'issues', id: 'pr-issues', title: 'Issues' },
  { key: 'risks', id: 'pr-risks', title: 'Risks' },
  { key: 'actions', id: 'pr-actions', title: 'Actions' },
  { key: 'steps', id: 'pr-steps', title: 'Next steps' },
  { key: 'criteria', id: 'pr-criteria', title: 'Readiness checklist' },
  { key: 'evaluation', id: 'pr-evaluation', title: 'Go/no-go evaluation' },
  { key: 'body', id: 'pr-body', title: 'Full report' },
] as const;

export type PartKey = (typeof REPORT_PARTS)[number]['key'];

/** Report headings deeper than this stay out of the table of contents (they keep their anchors). */
export const TOC_MAX_SECTION_DEPTH = 3;
