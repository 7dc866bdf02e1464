import { loadConfigFile } from '../../config/loadConfigFile.js';
import { resolveConfig } from '../../config/resolveConfig.js';
import { PhaseReportError } from '../../errors.js';
import { countBySeverity, lint } from '../../lint/lint.js';
import { formatJson } from '../../lint/format/formatJson.js';
import { formatSarif } from '../../lint/format/formatSarif.js';
import { formatText } from '../../lint/format/formatText.js';
import type { FileFindings } from '../../lint/format/types.js';
import { LINT_RULES } from '../../lint/rules/index.js';
import { parse } from '../../parse/parse.js';
import { expandInputs } from '../expandInputs.js';
import type { CliIo } from '../io.js';
import { readInput } from '../readInputs.js';
import { VERSION } from '../version.js';

export type LintFormat = 'text' | 'json' | 'sarif';

export interface LintFlags {
  format?: LintFormat;
  only?: string[];
  maxSize?: number;
  config?: string;
}

/**
 * `phase-report lint <file...>`: the contradictions each report shows, as
 * `file:line:col  severity  message  rule-id` (or JSON, or SARIF 2.1.0) on
 * stdout, a count by severity on stderr. Exit 1 when an error-level rule fires
 * or a file cannot be read; warnings alone exit 0. Every file is linted.
 * Rule severities come from the config file's `lint.rules`; `--only` keeps the named rules.
 */
export async function lintCommand(files: string[], flags: LintFlags, io: CliIo): Promise<number> {
  const config = resolveConfig({ maxSize: flags.maxSize }, await loadConfigFile(flags.config, io.cwd), []);
  const rules = flags.only ? LINT_RULES.filter((r) => flags.only?.includes(r.id)) : LINT_RULES;
  const results: FileFindings[] = [];
  let unreadable = false;
  for (const name of await expandInputs(files, io.cwd)) {
    try {
      const input = await readInput(name, io, config.maxSize);
      results.push({ path: input.name, findings: lint(parse(input.text, { path: input.name }), config.lint.rules, rules) });
    } catch (error) {
      if (!(error instanceof PhaseReportError)) throw error;
      io.stderr(`phase-report: ${error.format()}\n`);
      unreadable = true;
    }
  }
  const format = flags.format ?? 'text';
  io.stdout(format === 'json' ? formatJson(results) : format === 'sarif' ? formatSarif(results, { version: VERSION, rules }) : formatText(results));
  const counts = countBySeverity(results.flatMap((r) => r.findings));
  const total = counts.error + counts.warning + counts.info;
  io.stderr(`${total} ${total === 1 ? 'finding' : 'findings'} (${counts.error} errors, ${counts.warning} warnings, ${counts.info} infos)\n`);
  return unreadable || counts.error > 0 ? 1 : 0;
}
