/**
 * How reports announce a count of the items listed under it, as data.
 *
 * COUNT_NOUN: words that name what a list enumerates. A count followed by one
 * of these ("12 critical integration failures", "(3 Blocking)") announces the
 * number of items; a count of anything else ("62 test files found", "3
 * instances") is not checked. A bulleted list much shorter than its count
 * (a third or less: "1,316 errors" above Location / Impact / Resolution) is
 * read as describing the count, not enumerating it.
 */
export const COUNT_NOUN = /^(issues?|failures?|blockers?|items?|findings?|problems?|gaps?|risks?|vulnerabilit(y|ies)|bugs?|defects?|violations?|concerns?|fixes|changes|actions?|steps?|recommendations?|requirements?|criteria|gates?|tasks?|priorities|areas?|workflows?|errors?|critical|blocking|high|medium|low|major|minor)$/i;

/** Number words reports spell out ("Three blocking issues"). */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
};

/**
 * A count in a heading or in a lead-in line ending with a colon: `(12 Critical)`,
 * `12 critical integration failures`, `Top 5 risks`. Group 1 is the number,
 * group 2 the words after it (up to four, the noun is the last).
 * Numbers with a unit or a period (`48-Hour`, `Week 10`, `Phase 3`) are not counts.
 */
export const COUNT_PHRASE = /(?:^|[\s(])(\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)((?:\s+[A-Za-z][A-Za-z-]*){1,4})(?=\s*[):]|\s*$|\s+(?:identified|found|remaining|listed|detected|open|below|to fix)\b)/i;

/** Words before a number that make it something other than a count of the list: an ordinal, a period, a version. */
export const NOT_A_COUNT_BEFORE = /\b(phase|week|day|step|loop|iteration|rule|gate|priority|option|level|version|v|part|section|milestone|blocker|risk|fix|action|sprint|round|top)\s*$/i;

/** Words after the number that make it a measure, not a count of items: "12 hours", "3 days", "85 percent". */
export const MEASURE_WORD = /^(hours?|minutes?|seconds?|days?|weeks?|months?|years?|percent|pct|lines?|files?|mb|gb|kb|ms|x|times|agents?|teams?|phases?|loops?)$/i;
