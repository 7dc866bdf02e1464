import { countBySeverity } from '../lint.js';
import type { FileFindings } from './types.js';

/** The findings as JSON: per file, each with its rule, severity, message and every line it cites; counts by severity. */
export function formatJson(files: readonly FileFindings[]): string {
  const all = files.flatMap((f) => f.findings);
  const body = {
    files: files.map(({ path, findings }) => ({
      path,
      findings: findings.map((f) => ({
        ruleId: f.ruleId,
        severity: f.severity,
        message: f.message,
        position: f.position,
        citations: f.citations,
      })),
    })),
    counts: countBySeverity(all),
  };
  return `${JSON.stringify(body, null, 2)}\n`;
}
