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
