/**
 * Status words that say whether a target was met, as written next to a value
 * (`Maintain 100% (achieved)`, `>0.85 achieved`, a `PASS` status cell). Tested
 * in order: the negative forms first, since "not met" contains "met".
 */
export const GATE_STATUS: ReadonlyArray<{ met: boolean; pattern: RegExp }> = [
  { met: false, pattern: /\b(not met|not achieved|not reached|failed|failing|fail|missed|below target|under target|blocked)\b/i },
  { met: true, pattern: /\b(achieved|passed|pass|met|exceeded|exceeds target|on target|reached)\b/i },
];
