/**
 * Units a quantity may carry, as data: the canonical unit recorded in the
 * model and the spellings reports use for it (matched case-insensitively,
 * longest first, and only when no letter or digit follows).
 */
export const UNITS: ReadonlyArray<{ unit: string; aliases: readonly string[] }> = [
  { unit: '%', aliases: ['%', 'percent'] },
  { unit: 'pp', aliases: ['pp', 'percentage points', 'percentage point'] },
  { unit: 'ms', aliases: ['ms', 'millisecond', 'milliseconds'] },
  { unit: 's', aliases: ['s', 'sec', 'secs', 'second', 'seconds'] },
  { unit: 'min', aliases: ['min', 'mins', 'minute', 'minutes'] },
  { unit: 'h', aliases: ['h', 'hr', 'hrs', 'hour', 'hours'] },
  { unit: 'days', aliases: ['d', 'day', 'days'] },
  { unit: 'weeks', aliases: ['week', 'weeks'] },
  { unit: 'KB', aliases: ['kb'] },
  { unit: 'MB', aliases: ['mb'] },
  { unit: 'GB', aliases: ['gb'] },
  { unit: 'x', aliases: ['x', '×'] },
  { unit: 'ops/sec', aliases: ['ops/sec', 'ops/s', 'operations/sec'] },
  { unit: 'req/s', aliases: ['req/s', 'req/sec', 'rps', 'requests/sec', 'requests/s', 'requests per second'] },
  { unit: 'LOC', aliases: ['loc', 'lines of code'] },
  { unit: 'lines', aliases: ['line', 'lines'] },
  { unit: 'files', aliases: ['file', 'files'] },
  { unit: 'tests', aliases: ['test', 'tests'] },
  { unit: 'checks', aliases: ['check', 'checks'] },
  { unit: 'issues', aliases: ['issue', 'issues'] },
  { unit: 'errors', aliases: ['error', 'errors'] },
  { unit: 'failures', aliases: ['failure', 'failures'] },
  { unit: 'warnings', aliases: ['warning', 'warnings'] },
  { unit: 'violations', aliases: ['violation', 'violations'] },
  { unit: 'findings', aliases: ['finding', 'findings'] },
  { unit: 'functions', aliases: ['function', 'functions'] },
  { unit: 'modules', aliases: ['module', 'modules'] },
  { unit: 'components', aliases: ['component', 'components'] },
  { unit: 'assertions', aliases: ['assertion', 'assertions'] },
  { unit: 'agents', aliases: ['agent', 'agents'] },
  { unit: 'endpoints', aliases: ['endpoint', 'endpoints'] },
  { unit: 'iterations', aliases: ['iteration', 'iterations'] },
  { unit: 'occurrences', aliases: ['occurrence', 'occurrences'] },
  { unit: 'calls', aliases: ['call', 'calls'] },
  { unit: 'patterns', aliases: ['pattern', 'patterns'] },
  { unit: 'workflows', aliases: ['workflow', 'workflows'] },
  { unit: 'points', aliases: ['pt', 'pts', 'point', 'points'] },
  // theater and code-scan reports count pattern hits as instances: `721 instances across 38 files`
  { unit: 'instances', aliases: ['instance', 'instances'] },
];

/** Words and signs before a number that make it approximate: `~60%`, `about 50`. */
export const APPROXIMATE_PREFIXES: readonly string[] = ['~=', '~', '≈', 'approx.', 'approx', 'approximately', 'about', 'around', 'roughly', 'nearly', 'almost', 'circa', 'ca.'];

/** Number words read as numbers where a quantity is expected: `Zero critical findings`. */
export const NUMBER_WORDS: Readonly<Record<string, number>> = { zero: 0 };
