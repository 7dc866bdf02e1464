import type { ListItem, RootContent } from 'mdast';
import { labelOf } from '../helpers/labelOf.js';
import type { ActionItem, ReportView } from '../view/types.js';
import { md } from './mdNodes.js';

/** Actions grouped by owner, tasks as a task list. */
export function mdActions(view: ReportView): RootContent[] {
  if (view.actions.length === 0) return [];
  const nodes: RootContent[] = [md.heading(3, view.parts.actions.title)];
  for (const group of view.actions) {
    const kind = group.ownerKind === 'unknown' ? '' : ` (${labelOf(group.ownerKind).toLowerCase()})`;
    const progress = group.total > 0 ? ` — ${group.done}/${group.total} tasks done` : '';
    nodes.push(md.paragraph(md.strong(group.owner), md.text(`${kind}${progress}`)));
    nodes.push(md.list(group.actions.map(actionItem)));
  }
  return nodes;
}

function actionItem(action: ActionItem): ListItem {
  const status = action.status ? ` — ${action.status}` : '';
  const head = md.paragraph(md.strong(action.title ?? 'Tasks'), md.text(`${status} (`), md.source(action.source), md.text(')'));
  if (action.tasks.length === 0) return md.item([head]);
  const tasks = md.list(action.tasks.map((t) => md.item([md.paragraph(md.text(`${t.text} (`), md.source(t.source), md.text(')'))], t.done)));
  return md.item([head, tasks]);
}
