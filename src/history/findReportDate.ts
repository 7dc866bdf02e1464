import type { Report } from '../model/types.js';
import { parseDate } from '../parse/text/parseDate.js';
import { DATE_KEY } from './policy/sequenceRules.js';

/** The date a report is placed by, and where it was found. */
export interface ReportDate {
  readonly iso: string;
  readonly from: 'header' | 'body' | 'footer' | 'title';
}

/**
 * The date of a report, found anywhere: the generated/date line the parser
 * read, else any dated key/value line (an audit date in the header, a
 * sign-off date in the footer), else a date written in the title.
 */
export function findReportDate(report: Report): ReportDate | null {
  const generated = report.meta.generated;
  if (generated?.iso) return { iso: generated.iso, from: placementOf(report, generated.position.line) };
  for (const field of report.meta.fields) {
    if (!DATE_KEY.test(field.key)) continue;
    const iso = parseDate(field.value);
    if (iso !== null) return { iso, from: field.placement };
  }
  const title = report.meta.title?.value ?? '';
  for (const match of title.matchAll(/(?<![\p{L}\d])[\p{L}\d]/gu)) {
    const iso = parseDate(title.slice(match.index));
    if (iso !== null) return { iso, from: 'title' };
  }
  return null;
}

function placementOf(report: Report, line: number): ReportDate['from'] {
  return report.meta.fields.find((field) => field.position.line === line)?.placement ?? 'header';
}
