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

/**
 * Units a range is read with as a value (`8-13 days`, `2–4 hours`): time, as
 * effort and time estimates are written. A range of a share or a score
 * (`60-70%`, `35-45/100`) stays text: the diff judges a metric restated that
 * way against the whole range (src/diff/findRangeRestatement.ts).
 */
export const RANGE_UNITS: readonly string[] = ['ms', 's', 'min', 'h', 'days', 'weeks'];

/** Words and signs before a number that make it approximate: `~60%`, `about 50`. */
export const APPROXIMATE_PREFIXES: readonly string[] = ['~=', '~', '≈', 'approx.', 'approx', 'approximately', 'about', 'around', 'roughly', 'nearly', 'almost', 'circa', 'ca.'];

/** Number words read as numbers where a quantity is expected: `Zero critical findings`. */
export const NUMBER_WORDS: Readonly<Record<string, number>> = { zero: 0 };

/**
 * Count nouns: a whole count with no unit of UNITS, followed by a short noun
 * phrase ending in a plural noun at the end of its clause, counts that noun:
 * `243 god objects`, `48 migration and protocol TypeScript files`,
 * `12 critical failures`. The phrase is the unit (its head noun alone when
 * longer than COUNT_NOUN_PHRASE_WORDS); these tables keep verbs and joining
 * words out of it.
 */
export const COUNT_NOUN_PHRASE_WORDS = 3;

/** Words that may stand inside the phrase before the noun, at most this many. */
export const COUNT_NOUN_MODIFIERS = 4;

/**
 * Words ending in -s that are verbs after a count far more often than nouns
 * (`3 code compiles`, `8 code contains`, `6 orchestration has`): never the noun.
 */
export const COUNT_NOUN_VERBS: ReadonlySet<string> = new Set([
  'appears', 'becomes', 'comes', 'compiles', 'contains', 'covers', 'does', 'exceeds', 'exists', 'fails', 'gets',
  'goes', 'has', 'includes', 'is', 'lacks', 'looks', 'makes', 'meets', 'needs', 'passes', 'provides', 'reaches',
  'remains', 'requires', 'returns', 'runs', 'seems', 'shows', 'takes', 'uses', 'was', 'works',
]);

/**
 * Words that end the phrase before the noun or mean the words are no phrase:
 * articles, auxiliaries, pronouns. `and`/`or` may join modifiers (`migration and
 * protocol files`), so they are not here.
 */
export const COUNT_NOUN_STOPS: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'to', 'be', 'been', 'are', 'were', 'will', 'would', 'can', 'could', 'should', 'must', 'may',
  'not', 'no', 'it', 'its', 'they', 'their', 'this', 'that', 'these', 'those', 'than', 'then', 'of', 'in', 'on',
  'at', 'by', 'for', 'from', 'with', 'out', 'per', 'across', 'over', 'under', 'into', 'since', 'vs',
]);

/**
 * Words after the noun that end its clause as punctuation does: `243 god
 * objects found`, `68 violations across 12 files`, `from 310 god objects to 243`.
 */
export const COUNT_NOUN_FOLLOWERS: ReadonlySet<string> = new Set([
  'across', 'in', 'per', 'of', 'from', 'to', 'with', 'over', 'under', 'at', 'on', 'out', 'since', 'vs', 'remaining',
  'left', 'found', 'detected', 'identified', 'fixed', 'resolved', 'scanned', 'flagged', 'affected', 'total',
  'and', 'or', 'still', 'now',
]);
