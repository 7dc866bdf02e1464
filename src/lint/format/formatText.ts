import type { FileFindings } from './types.js';

/** `file:line:col  severity  message  rule-id`, one line per finding, in file then line order. */
export function formatText(files: readonly FileFindings[]): string {
  return files
    .flatMap(({ path, findings }) => findings.map((f) => `${path}:${f.position.line}:${f.position.column}  ${f.severity}  ${f.message}  ${f.ruleId}\n`))
    .join('');
}
