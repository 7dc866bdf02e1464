import type { ReportRef } from '../model/diffSchema.js';
import type { Report } from '../model/types.js';

/** Which report this is, for the header of a diff or a history column. */
export function reportRef(report: Report): ReportRef {
  const generated = report.meta.generated;
  return {
    path: report.source.path,
    title: report.meta.title?.value ?? null,
    phase: report.meta.phase?.label ?? null,
    generated: generated ? (generated.iso ?? generated.raw) : null,
  };
}
