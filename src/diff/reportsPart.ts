import type { Report } from '../model/types.js';

export type Part = 'metrics' | 'gates' | 'issues' | 'risks' | 'actions';

/**
 * Whether a report says anything about a part: it lists facts of it, or has a
 * section of that kind (a "Risks" heading with "none" under it still reports
 * on risks). A fact missing from a report that does not report the part is
 * 'not-reported', never 'dropped', 'retired' or 'removed'.
 */
export function reportsPart(report: Report, part: Part): boolean {
  return report[part].length > 0 || report.sections.some((section) => section.kind === part);
}
