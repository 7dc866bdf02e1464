import type { ActionChange, Match, TaskChange } from '../model/diffSchema.js';
import type { Action, Report } from '../model/types.js';
import { cleanText } from '../parse/text/cleanText.js';
import { normalizeKey } from '../parse/text/normalizeKey.js';
import { diffTasks } from './diffTasks.js';
import { actionScore } from './match/actionScore.js';
import { mapPairing } from './match/mapPairing.js';
import { pairItems } from './match/pairItems.js';
import { COMPLETED_STATUS } from './policy/markers.js';
import { MATCH_THRESHOLDS } from './policy/matching.js';
import { reportsPart } from './reportsPart.js';

/**
 * Action changes: actions pair by owner and title. A paired action is
 * 'completed' when it is done now (every task done, or a status that says
 * complete) and was not before; 'progressed' when some task was completed;
 * 'changed' when tasks came or went or its status text changed. An action
 * the newer report cannot have (no action section or list) is 'not-reported'.
 */
export function diffActions(older: Report, newer: Report): ActionChange[] {
  const key = (action: Action): string => `${normalizeKey(action.owner)}|${normalizeKey(action.title ?? '')}`;
  const pairing = pairItems(older.actions, newer.actions, {
    olderId: key,
    newerId: key,
    score: actionScore,
    thresholds: MATCH_THRESHOLDS.actions,
  });
  return mapPairing(pairing, {
    paired,
    dropped: (o) => ({ ...alone(o, 'removed'), ...(reportsPart(newer, 'actions') ? {} : { kind: 'not-reported' as const }) }),
    added: (n) => alone(n, 'added'),
  });
}

function paired(o: Action, n: Action, match: Match): ActionChange {
  const tasks = diffTasks(o.tasks, n.tasks);
  return {
    owner: n.owner,
    title: n.title,
    kind: kindOf(o, n, tasks),
    status: { older: o.status, newer: n.status },
    tasks,
    match,
    lines: { older: o.position, newer: n.position },
  };
}

function kindOf(o: Action, n: Action, tasks: readonly TaskChange[]): ActionChange['kind'] {
  if (isDone(n) && !isDone(o)) return 'completed';
  if (tasks.some((t) => t.kind === 'completed')) return 'progressed';
  const statusMoved = cleanText(o.status ?? '').toLowerCase() !== cleanText(n.status ?? '').toLowerCase();
  if (statusMoved || tasks.some((t) => t.kind !== 'unchanged')) return 'changed';
  return 'unchanged';
}

function isDone(action: Action): boolean {
  if (action.status !== null && COMPLETED_STATUS.test(action.status)) return true;
  return action.tasks.length > 0 && action.tasks.every((t) => t.mark === 'done');
}

function alone(action: Action, kind: 'added' | 'removed'): ActionChange {
  const side = (task: Action['tasks'][number]): TaskChange => ({
    text: task.text,
    kind,
    older: kind === 'removed' ? task.mark : null,
    newer: kind === 'added' ? task.mark : null,
    lines: kind === 'removed' ? { older: task.position } : { newer: task.position },
  });
  return {
    owner: action.owner,
    title: action.title,
    kind,
    status: { older: kind === 'removed' ? action.status : null, newer: kind === 'added' ? action.status : null },
    tasks: action.tasks.map(side),
    match: null,
    lines: kind === 'removed' ? { older: action.position } : { newer: action.position },
  };
}
