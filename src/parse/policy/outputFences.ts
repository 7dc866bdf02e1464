/**
 * Info strings of fenced blocks that hold tool output or plain notes, whose
 * `Key: value` lines are read as metric lines (`Total Found: 243 god objects`).
 * Fences in a programming or data language hold code, never report lines.
 */
export const OUTPUT_FENCES: readonly string[] = [
  '', // no info string: how the reports paste scan and test output
  'text', // plain text, said explicitly
  'txt', // the same, short
  'plaintext', // the same, long
  'console', // terminal output
  'output', // tool output
];

/**
 * Info strings of fenced blocks that may hold a JSON summary object of
 * results (`{ "theater_score": 25/100, "target": "<=40", "status": "PASS" }`):
 * its top-level entries with a quantity are metrics (see jsonSummary.ts).
 */
export const JSON_FENCES: readonly string[] = ['json', 'jsonc', 'json5'];

/** Keys of a JSON summary that give the first metric of the object its target. */
export const JSON_TARGET_KEYS: readonly string[] = ['target', 'threshold', 'goal', 'required', 'requirement'];

/** Keys of a JSON summary that give the first metric of the object its status word. */
export const JSON_STATUS_KEYS: readonly string[] = ['status', 'result', 'verdict'];
