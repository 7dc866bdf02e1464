/** Marks, statuses and criterion states that count as done / met in progress counts. */
export const DONE_STATES: ReadonlySet<string> = new Set(['done', 'checked', 'pass', 'resolved', 'complete', 'completed']);
