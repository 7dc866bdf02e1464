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

/**
 * A metric written as two adjacent key lines whose keys are only a role word
 * (`**BASELINE**: 23 assertions` then `**RESULT**: 117 assertions`): one metric,
 * named by its section's heading, with the first line's value as its before and
 * the second's as its current. Tested against the whole lower-cased key.
 */
export const BEFORE_KEYS: readonly string[] = [
  'baseline', // the measured starting point
  'before', // the value before the change
  'previous', // the last report's value
  'initial', // the first measurement
];
export const AFTER_KEYS: readonly string[] = [
  'result', // the value the work produced
  'after', // the value after the change
  'current', // the value now
  'final', // the closing measurement
  'now', // the value now, short
];

/**
 * A limit written on a key line of its own next to the measured value
 * (`Maximum Allowed: 100 god objects` then `Total Found: 243 god objects`, as
 * scan tools print them): the measured line's target, with the comparator the
 * key's word gives. Only when both values are in the same unit. Tested against
 * the whole lower-cased key.
 */
export const LIMIT_KEYS: ReadonlyArray<{ pattern: RegExp; comparator: '<=' | '>=' }> = [
  // the most the value may be
  { pattern: /^(?:max(?:imum)?|upper limit|limit|max(?:imum)? allowed|allowed maximum|ceiling)$/, comparator: '<=' },
  // the least the value must be
  { pattern: /^(?:min(?:imum)?|lower limit|min(?:imum)? required|required minimum|floor)$/, comparator: '>=' },
];
