import type { Action, Issue } from '../model/types.js';
import { normalizeKey } from '../parse/text/normalizeKey.js';

/**
 * Who owns an issue, read from the actions: the owners of actions whose
 * title or a task mentions the issue's title or one of its identifiers.
 * In the order the actions are written, without repeats.
 */
export function findOwners(issue: Issue, actions: readonly Action[]): string[] {
  const title = normalizeKey(issue.title);
  const mentions = (text: string | null): boolean => {
    if (text === null) return false;
    return (title !== '' && ` ${normalizeKey(text)} `.includes(` ${title} `)) || issue.identifiers.some((id) => text.includes(id));
  };
  const owners: string[] = [];
  for (const action of actions) {
    const hit = mentions(action.title) || action.tasks.some((task) => mentions(task.text));
    if (hit && !owners.includes(action.owner)) owners.push(action.owner);
  }
  return owners;
}
