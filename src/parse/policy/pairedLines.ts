/**
 * A metric written over two adjacent key lines, one for its current value and
 * one for its target (`**Current Coverage**: 72%` then `**Target Coverage**: 90%`),
 * is one metric named by the shared words ("Coverage"). The leading (or trailing)
 * word says which line is which.
 */
export const PAIRED_LINE_ROLES: ReadonlyArray<{ role: 'current' | 'target'; pattern: RegExp }> = [
  // `Current X`, `Actual X`, `Measured X`, `X (Current)`: the value now
  { role: 'current', pattern: /^(?:current|actual|measured)\s+(?<rest>.{1,80})$|^(?<rest2>.{1,80}?)\s+\(?(?:current|actual)\)?$/i },
  // `Target X`, `Required X`, `Goal X`, `X Target`: the value to reach
  { role: 'target', pattern: /^(?:target|required|goal)\s+(?<rest>.{1,80})$|^(?<rest2>.{1,80}?)\s+\(?(?:target|goal)\)?$/i },
];
