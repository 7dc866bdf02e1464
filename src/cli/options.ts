import { InvalidArgumentError, Option } from 'commander';
import { FailRule, Format, PageSize } from '../config/configSchema.js';
import { LINT_RULES } from '../lint/rules/index.js';

/**
 * Every command-line option, once: flags, help text and value parser. Commands
 * pick options from here by name, so `--help` and the README (checked by a test)
 * come from this table and nothing else.
 */
export const OPTIONS = {
  out: () => new Option('-o, --out <dir>', 'output folder (default: out)'),
  format: () => new Option('-f, --format <list>', 'comma-separated output formats: html, pdf, md, json').argParser(listOf(Format.options, 'format')),
  templates: () => new Option('-t, --templates <dir>', 'folder of templates that override the default theme'),
  pageSize: () => new Option('--page-size <size>', 'PDF page size: A4 or Letter (default: A4)').argParser(oneOf(PageSize.options, 'page size')),
  browser: () => new Option('--browser <path>', 'Chromium/Chrome executable for PDF (default: PUPPETEER_EXECUTABLE_PATH, then system paths)'),
  concurrency: () => new Option('--concurrency <n>', 'PDF pages printed in parallel (default: 2)').argParser(integer(1, 16)),
  timeout: () => new Option('--timeout <seconds>', 'time allowed per PDF page (default: 60)').argParser(integer(1, 600)),
  maxSize: () => new Option('--max-size <mb>', 'largest input file accepted, in MB (default: 2)').argParser(integer(1, 1024)),
  failOn: () => new Option('--fail-on <list>', 'exit 1 when a rule fires, after writing every output: regression, new-blocker, no-go, lint-error (for several reports: the latest against the one before it)').argParser(listOf(FailRule.options, 'rule')),
  timestamp: () => new Option('--timestamp', 'stamp outputs with the time of the run (outputs are then not byte-identical)'),
  config: () => new Option('-c, --config <file>', 'config file (default: phase-report.config.json when present)'),
  since: () => new Option('--since <older>', 'an earlier report: list what was resolved since it'),
  pretty: () => new Option('--pretty', 'indent the JSON'),
  summary: () => new Option('--summary', 'print a short human-readable digest instead of JSON'),
  lintFormat: () => new Option('-f, --format <name>', 'output format: text (default), json or sarif (SARIF 2.1.0 for code scanning)').argParser(oneOf(['text', 'json', 'sarif'] as const, 'format')),
  only: () => new Option('--only <rules>', `comma-separated lint rules to run: ${LINT_RULES.map((r) => r.id).join(', ')}`).argParser(listOf(LINT_RULES.map((r) => r.id), 'lint rule')),
} as const;

export type OptionName = keyof typeof OPTIONS;

function listOf<T extends string>(allowed: readonly T[], what: string) {
  return (value: string): T[] => {
    const items = value.split(',').map((s) => s.trim()).filter(Boolean);
    const isAllowed = (s: string): s is T => (allowed as readonly string[]).includes(s);
    const bad = items.filter((s) => !isAllowed(s));
    if (bad.length > 0 || items.length === 0) throw new InvalidArgumentError(`unknown ${what} "${bad.join(', ')}"; choose from ${allowed.join(', ')}`);
    return [...new Set(items.filter(isAllowed))];
  };
}

function oneOf<T extends string>(allowed: readonly T[], what: string) {
  return (value: string): T => {
    const hit = allowed.find((a) => a.toLowerCase() === value.toLowerCase());
    if (!hit) throw new InvalidArgumentError(`unknown ${what} "${value}"; choose from ${allowed.join(', ')}`);
    return hit;
  };
}

function integer(min: number, max: number) {
  return (value: string): number => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < min || n > max) throw new InvalidArgumentError(`expected a whole number from ${min} to ${max}`);
    return n;
  };
}
