import { InvalidArgumentError, Option } from 'commander';
import { DEFAULTS, FailRule, Format, PageSize } from '../config/configSchema.js';
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
  concurrency: () => new Option('--concurrency <n>', `PDF pages printed in parallel (default: ${DEFAULTS.concurrency})`).argParser(integer(1, 16)),
  timeout: () => new Option('--timeout <seconds>', 'time allowed per PDF page (default: 60)').argParser(integer(1, 600)),
  maxSize: () => new Option('--max-size <mb>', 'largest input file accepted, in MB (default: 2)').argParser(integer(1, 1024)),
  failOn: () => new Option('--fail-on <list>', 'exit 1 when a rule fires, after writing every output: regression, new-blocker, no-go, unknown, lint-error (for several reports: the latest against the one before it)').argParser(listOf(FailRule.options, 'rule')),
  timestamp: () => new Option('--timestamp', 'stamp outputs with the time of the run (outputs are then not byte-identical)'),
  config: () => new Option('-c, --config <file>', 'config file (default: the nearest phase-report.config.*, .phase-reportrc* or package.json "phase-report" key, searched upward)'),
  quiet: () => new Option('-q, --quiet', 'print nothing but errors (no progress, no list of files written)'),
  json: () => new Option('--json', 'print a JSON manifest of every output on stdout: kind, path, source, bytes, status (rebuilt or cached), written'),
  noCache: () => new Option('--no-cache', 'neither read nor write the build cache (default folder: .cache/phase-report)'),
  workers: () => new Option('--workers <n>', 'worker threads parsing and rendering reports (default: one per core)').argParser(integer(1, 64)),
  shard: () => new Option('--shard <i/n>', 'build only the i-th of n stable slices of the reports (by content hash) and their models; join shards with `merge`').argParser(shardOf),
  watch: () => new Option('-w, --watch', 'rebuild when a report, the config or a template changes'),
  port: () => new Option('--port <n>', 'port to serve on (default: 4173)').argParser(integer(1, 65535)),
  since: () => new Option('--since <older>', 'an earlier report: list what was resolved since it'),
  onlyChanged: () => new Option('--only-changed', 'markdown diffs (the pull-request comment) list only rows that changed'),
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

function shardOf(value: string): { index: number; count: number } {
  const match = /^(\d+)\/(\d+)$/.exec(value.trim());
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (!match || count < 1 || index < 1 || index > count) throw new InvalidArgumentError('expected i/n with 1 <= i <= n, e.g. 2/3');
  return { index, count };
}
