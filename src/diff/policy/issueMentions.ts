/**
 * How an open issue that no later issue pairs with is recognised in the later
 * report's issue list under other words (a reworded issue), as data. See
 * src/diff/findIssueMention.ts. Such a pairing is always flagged uncertain:
 * it keeps a reviewer from reading "dropped" where the later report still
 * lists the problem ("Persistent Mock Implementations" → "Minor Theater
 * Remnants (3 instances)" with "Mock/Stub patterns: 3 (down 99.9% from
 * 2,242)"), without claiming it is the same issue.
 */

/**
 * Spellings of one subject, folded to one topic word before titles are
 * compared (words are already lower case and singular, see tokenSet).
 */
export const TOPIC_ALIASES: Readonly<Record<string, string>> = {
  /** "Cannot compile TypeScript" is the problem of "TypeScript Compilation (1,316 errors)" */
  compile: 'compilation',
  compiler: 'compilation',
  compiling: 'compilation',
  /** `tsc` is the TypeScript compiler */
  tsc: 'compilation',
  /** a stub is a mock: "Mock/Stub patterns: 3" counts what "Persistent Mock Implementations" named */
  stub: 'mock',
  mocked: 'mock',
  mocking: 'mock',
};

/**
 * Words that say how bad, how much or whether, not what: "TypeScript
 * Compilation Status: CATASTROPHIC" and "Console.log Explosion" are about
 * compilation and console.log (words are singular: "fails" is "fail"). Dropped from the earlier title before its
 * words are looked for.
 */
export const QUALIFIER_WORDS: ReadonlySet<string> = new Set([
  /** severity and size adjectives */
  'catastrophic', 'critical', 'severe', 'major', 'minor', 'massive', 'excessive', 'extensive', 'minimal', 'widespread',
  /** states written after the subject: "Compilation Status: BROKEN", "Compilation fails" */
  'broken', 'fail', 'failed', 'failing', 'failure',
  /** persistence is the question being asked, not the subject */
  'persistent', 'persisting', 'ongoing', 'remaining',
  /** magnitude nouns: "Console.log Explosion", "Console.log Pollution" */
  'explosion', 'pollution',
  /** negations: "Cannot compile TypeScript" is about compiling TypeScript */
  'no', 'not', 'cannot', 'lack', 'without',
]);

/**
 * Nouns that say what is counted, not the subject: "2,242 mock
 * implementations" and "Mock/Stub patterns: 3" count mocks.
 */
export const COUNTED_NOUNS: ReadonlySet<string> = new Set(['implementation', 'pattern', 'instance', 'statement', 'occurrence']);

/**
 * Share of the earlier title's remaining subject words one line of a later
 * issue must contain (all of "String Literal Corruption" in "Primary Issue:
 * String literal corruption in execute-queen-complete-security.ts").
 */
export const MENTION_WORD_SHARE = 0.75;

/**
 * A word on more than this share of the later report's lines is its theme,
 * not an issue's subject ("test" on one line in five of a test-theater audit,
 * "theater" in a theater audit): it is set aside like a qualifier, so
 * "Test Behavior, Not Implementation" is not found in "Tests should verify
 * actual behavior" by "test" and "behavior".
 */
export const THEME_WORD_SHARE = 0.1;
/** ... and on more than this many lines: in a short report every word is on a tenth of its lines. */
export const THEME_MIN_LINES = 5;

/**
 * A title that reduces to fewer subject words than this is too vague to be
 * recognised by words alone ("Persistent Mock Implementations" reduces to
 * "mock"), unless its one word is a topic of TOPIC_ALIASES (a subject the
 * table names on purpose).
 */
export const MIN_MENTION_WORDS = 2;

/**
 * A count written in the earlier issue and repeated by a later issue's line
 * ("2,242 mock implementations" → "Mock/Stub patterns: 3 (down 99.9% from
 * 2,242)") names the same thing. Only distinctive counts: integers of at
 * least MIN_DISTINCTIVE_NUMBER, not a multiple of ROUND_NUMBER (100, 500,
 * 1,000 are written for many things), not a percentage, not a decimal, not a
 * year (YEARS).
 */
export const MIN_DISTINCTIVE_NUMBER = 100;
export const ROUND_NUMBER = 100;
export const YEARS = { from: 1900, to: 2100 } as const;

/** The score of a pairing found by a shared distinctive count (shown with the uncertain flag). */
export const NUMBER_MENTION_SCORE = 0.75;
