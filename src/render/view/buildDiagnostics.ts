import type { Report } from '../../model/types.js';
import type { SourceLinker } from './createSourceLinker.js';
import type { DiagnosticItem } from './types.js';

/** The parser's diagnostics, with links to their lines. */
export function buildDiagnostics(report: Report, link: SourceLinker): DiagnosticItem[] {
  return report.diagnostics.map((d) => ({ message: d.message, ruleId: d.ruleId, severity: d.severity, source: link(d.position) }));
}
