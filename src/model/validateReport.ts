import { Report } from './schema.js';
import type { Report as ReportType } from './types.js';

/** Validate unknown data as a Report; returns the issues zod found, empty when valid. */
export function validateReport(data: unknown): { ok: true; report: ReportType } | { ok: false; problems: string[] } {
  const result = Report.safeParse(data);
  if (result.success) return { ok: true, report: result.data };
  return {
    ok: false,
    problems: result.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`),
  };
}
