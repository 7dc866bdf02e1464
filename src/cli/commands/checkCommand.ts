import { DEFAULT_MAX_MB } from '../../io/readReportFile.js';
import { PhaseReportError } from '../../errors.js';
import { parse } from '../../parse/parse.js';
import type { CliIo } from '../io.js';
import { readInput } from '../readInputs.js';

/**
 * `phase-report check <file...>`: one line per diagnostic on stdout,
 * `file:line:col  message  rule-id`, then a count by severity on stderr. Exit 1
 * when a file cannot be read or has errors; warnings alone exit 0. Every file is checked.
 */
export async function checkCommand(files: string[], flags: { maxSize?: number }, io: CliIo): Promise<number> {
  let failed = false;
  const counts = { error: 0, warning: 0, info: 0 };
  for (const name of files) {
    try {
      const input = await readInput(name, io, flags.maxSize ?? DEFAULT_MAX_MB);
      const report = parse(input.text, { path: input.name });
      for (const d of report.diagnostics) {
        io.stdout(`${input.name}:${d.position.line}:${d.position.column}  ${d.message}  ${d.ruleId}\n`);
        counts[d.severity] += 1;
      }
      failed ||= report.diagnostics.some((d) => d.severity === 'error');
    } catch (error) {
      if (!(error instanceof PhaseReportError)) throw error;
      io.stderr(`phase-report: ${error.format()}\n`);
      failed = true;
    }
  }
  const total = counts.error + counts.warning + counts.info;
  io.stderr(`${total} ${total === 1 ? 'problem' : 'problems'} (${counts.error} errors, ${counts.warning} warnings, ${counts.info} infos)\n`);
  return failed ? 1 : 0;
}
