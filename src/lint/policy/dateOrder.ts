/**
 * Which dated fields must come in which order, as data. Keys are matched
 * normalised (lower case, punctuation as spaces). `generated` is the report's
 * own date as the parser read it (Generated, Date, Report Date, ...).
 */
export const DATE_KEYS = {
  /** the report's own date: read from meta.generated */
  generated: null,
  start: /^((phase|assessment|work|project) )?(start|started|start date|kick ?off|began|begin)( date| on)?$/,
  end: /^((phase|assessment|work|project) )?(end|ended|end date|completed|completion|completion date|finished|finish date)( date| on)?$/,
  signOff: /^(sign ?off|signed off|signed|sign off date|signed off on|approved on|approval date)$/,
  nextUpdate: /^(next (update|review|report|assessment|check ?in)|follow ?up)( date| due)?$/,
} as const;

export type DateKey = keyof typeof DATE_KEYS;

/** Pairs that must not be out of order: `earlier` on or before `later`, with why. */
export const DATE_ORDER: ReadonlyArray<{ earlier: DateKey; later: DateKey; why: string }> = [
  // the next update is announced by this report: it cannot be due before the report exists
  { earlier: 'generated', later: 'nextUpdate', why: 'the next update is before the report was generated' },
  // a sign-off approves work that has started
  { earlier: 'start', later: 'signOff', why: 'the sign-off is before the start' },
  // an end before a start is a typo in one of them
  { earlier: 'start', later: 'end', why: 'the end is before the start' },
  // a report signed off before it was written is signed off on something else
  { earlier: 'generated', later: 'signOff', why: 'the sign-off is before the report was generated' },
];
