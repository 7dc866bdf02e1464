import type { Report } from '../../model/types.js';

/** The report's title, else its file name, else a generic one. */
export function titleOf(report: Report): string {
  const title = report.meta.title?.value.trim();
  if (title) return title;
  const file = report.source.path?.split(/[\\/]/).pop();
  return file ? file : 'Phase report';
}
