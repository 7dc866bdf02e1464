import type { Report } from '../../model/types.js';
import { DONE_STATES } from '../policy/doneStates.js';
import type { SourceLinker } from './createSourceLinker.js';
import type { ActionGroup, ActionItem } from './types.js';

/** Actions grouped by owner, owners in order of first appearance, with task progress. */
export function buildActions(report: Report, link: SourceLinker): ActionGroup[] {
  const groups = new Map<string, { owner: string; ownerKind: string; actions: ActionItem[] }>();
  for (const action of report.actions) {
    const key = action.owner.trim().toLowerCase();
    const group = groups.get(key) ?? { owner: action.owner, ownerKind: action.ownerKind, actions: [] };
    group.actions.push({
      title: action.title,
      status: action.status,
      tasks: action.tasks.map((t) => ({ text: t.text, mark: t.mark, done: t.mark !== null && DONE_STATES.has(t.mark), source: link(t.position) })),
      source: link(action.position),
    });
    groups.set(key, group);
  }
  return [...groups.values()].map((g) => {
    const tasks = g.actions.flatMap((a) => a.tasks);
    return { ...g, done: tasks.filter((t) => t.done).length, total: tasks.length };
  });
}
