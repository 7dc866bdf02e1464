import type { TaskChange } from '../model/diffSchema.js';
import type { Task } from '../model/types.js';
import { normalizeKey } from '../parse/text/normalizeKey.js';
import { mapPairing } from './match/mapPairing.js';
import { pairItems } from './match/pairItems.js';
import { titleScore } from './match/titleScore.js';
import { MATCH_THRESHOLDS } from './policy/matching.js';

/** Task changes inside one paired action: tasks pair by normalised text, then by likeness. */
export function diffTasks(older: readonly Task[], newer: readonly Task[]): TaskChange[] {
  const pairing = pairItems(older, newer, {
    olderId: (task) => normalizeKey(task.text),
    newerId: (task) => normalizeKey(task.text),
    score: (o, n) => titleScore(o.text, n.text),
    thresholds: MATCH_THRESHOLDS.tasks,
  });
  return mapPairing<Task, Task, TaskChange>(pairing, {
    paired: (o, n) => ({
      text: n.text,
      kind: o.mark !== 'done' && n.mark === 'done' ? 'completed' : o.mark === 'done' && n.mark !== 'done' ? 'reopened' : 'unchanged',
      older: o.mark,
      newer: n.mark,
      lines: { older: o.position, newer: n.position },
    }),
    dropped: (o) => ({ text: o.text, kind: 'removed', older: o.mark, newer: null, lines: { older: o.position } }),
    added: (n) => ({ text: n.text, kind: 'added', older: null, newer: n.mark, lines: { newer: n.position } }),
  });
}
