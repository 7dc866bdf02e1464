/**
 * Result words that state how a check came out when written as the value of a
 * check heading or line (`### 1. Import Compatibility ✅ PERFECT`,
 * `### TypeScript Compilation: SUCCESS ✅`, `- **Syntax Validation**: PASSED`).
 * A word counts only at the start of the value, so `Executive Summary: DRAMATIC
 * IMPROVEMENT ✅` states no result. `Gate.met` is true for passed, false for
 * partial and failed (a partial result did not meet its gate), null for pending.
 * Tested in order, longest phrases first.
 */
export type GateResult = 'passed' | 'partial' | 'failed' | 'pending';

export const GATE_RESULTS: ReadonlyArray<{ result: GateResult; words: readonly string[]; why: string }> = [
  // a negated pass is a failure: tried before the plain pass words
  { result: 'failed', words: ['not met', 'not passed', 'not ready', 'critical failure'], why: 'a negated pass or a failure phrase' },
  { result: 'failed', words: ['failed', 'failing', 'fail', 'blocked', 'broken', 'timeout', 'timed out', 'missed', 'rejected'], why: 'the check did not pass' },
  { result: 'partial', words: ['partially passed', 'partial', 'partially', 'warn', 'warning', 'needs work', 'degraded', 'conditional'], why: 'passed in part: the gate is not met' },
  // rating words: a check rated EXCELLENT or PERFECT passed (the reports use them in place of PASSED)
  { result: 'passed', words: ['passed', 'pass', 'passing', 'excellent', 'perfect', 'success', 'successful', 'succeeded', 'clean'], why: 'the check passed' },
  // preservation words of regression checks: what was to be kept was kept
  { result: 'passed', words: ['maintained', 'preserved', 'intact', 'complete', 'completed'], why: 'a regression or completeness check held' },
  // a gate not yet decided (`**Status**: PENDING` under `### Gate 1: Test Suite Validation`): met unknown
  { result: 'pending', words: ['pending', 'not started', 'in progress', 'awaiting', 'scheduled', 'not yet run'], why: 'the gate is not decided yet' },
  { result: 'passed', words: ['verified', 'validated', 'met', 'achieved', 'production ready', 'operational', 'no critical issues', 'no issues'], why: 'the check confirmed what it checks' },
];

/**
 * Last words of a heading that names a check, so a bare marker after it states
 * its result (`### COMPILATION STATUS ✅`, `#### PRODUCTION VALIDATION ✅`).
 * Headings ending in other words (`### Key Achievements ✅`) only decorate.
 */
export const CHECK_NOUNS: ReadonlySet<string> = new Set([
  'validation', // "CRITICAL PATH VALIDATION ✅"
  'verification', // the same check under another name
  'status', // "COMPILATION STATUS ✅"
  'check', // "Lint Check ✅"
  'checks',
  'scan', // "Dependency Scan ❌"
  'gate', // "Security Gate ✅"
  'compilation', // "TypeScript Compilation ✅"
  'build', // "Production Build ❌"
]);

/**
 * Names that make a `Name: RESULT` heading a report-level verdict or summary,
 * not a check (`### Overall Assessment: FAILED ❌`): left to the verdict reader.
 */
export const NOT_GATE_NAMES =
  /^(overall|final|executive|summary|verdict|recommendation|decision|conclusion|go no go|deployment recommendation|production readiness|readiness|status)\b|\b(system|project|phase|deployment|release|report) status$/;

/** A line naming gates with its result: `**Theater detection gates PASSED**`, `Quality gate: FAILED`. */
export const GATE_LINE = /^(?<name>[A-Za-z][\w .\/&-]{0,60}?\bgates?)\s*:?\s+(?<rest>\S.{0,80})$/i;
