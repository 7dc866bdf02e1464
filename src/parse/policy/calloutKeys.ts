/**
 * Keys that head a remark, not a measure: `**BLOCKER**: the industry requires >=90%`
 * names no metric even when its sentence holds a number. Tested against the
 * lower-cased key of a metric line, whole.
 */
export const CALLOUT_KEYS: readonly string[] = [
  'blocker', // a problem statement; its numbers belong to the problem, not to a metric called "Blocker"
  'critical blocker', // the same, with its severity
  'note', // an aside
  'warning', // a caution; the measure it mentions is named in the sentence, not the key
  'important', // an emphasised aside
  'caution', // a caution
];
