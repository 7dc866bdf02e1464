import type { ListItem, Table } from 'mdast';
import type { Action, Task } from '../../model/types.js';
import type { ExtractContext, SectionContext } from '../context.js';
import { ACTION_COLUMNS, NO_OWNER, TEAM_IN_HEADING, UNASSIGNED } from '../policy/owners.js';
import { cleanText } from '../text/cleanText.js';
import { listItemParts } from '../text/listItemParts.js';
import { ownerKind } from '../text/ownerKind.js';
import { position } from '../text/position.js';
import { readMark } from '../text/readMark.js';
import { sourceFields } from '../text/sourceFields.js';
import { tableRecords } from '../text/tableRecords.js';
import { titleText } from '../text/titleText.js';
import { appendAll } from '../text/appendAll.js';
import { agentSections } from './agentSections.js';

const OWNER_IN_PARENS = /^\(([^()]+)\)\s*[:\-–—]?\s*(.*)$/;

/**
 * Actions of the sections of kind 'actions': who does what.
 *   - `1. **Fix Test Infrastructure** (production-validator)` with nested task
 *     bullets: owner from the parentheses, title the bold lead, tasks the bullets.
 *   - `1. **production-validator**: Fix test ...` under "Validation Team
 *     Priorities": one action per agent, titled by the team (the heading's
 *     "... Team"), its text the one task. A priority list names who does what
 *     for the team, so each agent owns its line and the team is the group.
 *   - Owner/mission/status tables: one action per row, titled by the team.
 *   - Items with nested bullets and no owner: an action of the section's
 *     `**Owner**:` (or "unassigned"), titled by the item; remaining plain items
 *     form one unassigned action titled by the heading.
 *   - Per-agent result sections of any kind (`### 1. CODER AGENT` with
 *     `**Status**:`), see agentSections.
 */
export function extractActions(context: ExtractContext): Action[] {
  const agents = agentSections(context);
  const actions: Action[] = [...agents.actions];
  for (const s of context.sections) {
    if (s.section.kind !== 'actions' || agents.used.has(s.section.id)) continue;
    const group = groupTitle(s);
    const owner = sectionOwner(context, s);
    const loose: Task[] = [];
    for (const node of s.nodes) {
      if (node.type === 'table') appendAll(actions, tableActions(s, node, group));
      if (node.type !== 'list') continue;
      for (const item of node.children) {
        const action = itemAction(s, item, group, owner);
        if (action) actions.push(action);
        else loose.push(task(item));
      }
    }
    if (loose.length > 0) actions.push(build(s, owner, group, null, loose, s.heading ?? s.nodes[0]));
  }
  // agent sections stand in document order among the others; without them the order is the sections' own
  return agents.actions.length === 0 ? actions : actions.sort((a, b) => a.position.line - b.position.line);
}

function itemAction(s: SectionContext, item: ListItem, group: string | null, owner: string): Action | null {
  const parts = listItemParts(item);
  const nested = parts.nested.map((n) => task(n));
  const lead = parts.lead === null ? null : titleText(parts.lead);
  if (lead && isOwner(lead)) return build(s, lead, group, null, [{ text: cleanText(parts.rest), mark: readMark(parts.text), position: position(item) }, ...nested], item);
  const named = OWNER_IN_PARENS.exec(parts.rest);
  if (lead && named?.[1] && isOwner(named[1].trim())) {
    const tasks = nested.length > 0 ? nested : [{ text: lead, mark: readMark(parts.text), position: position(item) }];
    return build(s, named[1].trim(), lead, markStatus(parts.text, parts.checked), tasks, item);
  }
  if (nested.length === 0) return null;
  return build(s, owner, titleText(parts.lead ?? parts.text), markStatus(parts.text, parts.checked), nested, item);
}

function tableActions(s: SectionContext, table: Table, group: string | null): Action[] {
  const { keys, rows } = tableRecords(table);
  const ownerAt = keys.findIndex((k) => ACTION_COLUMNS.owner.test(k));
  const taskAt = keys.findIndex((k) => ACTION_COLUMNS.task.test(k));
  const statusAt = keys.findIndex((k) => ACTION_COLUMNS.status.test(k));
  if (ownerAt === -1 || taskAt === -1) return [];
  return rows.flatMap((row) => {
    const owner = titleText(row.texts[ownerAt] ?? '');
    if (owner === '') return [];
    const rawStatus = statusAt === -1 ? '' : (row.texts[statusAt] ?? '');
    const status = cleanText(rawStatus) || null;
    const tasks = [{ text: cleanText(row.texts[taskAt] ?? ''), mark: readMark(rawStatus), position: position(row.node) }];
    return [build(s, owner, group, status, tasks.filter((t) => t.text !== ''), row.node)];
  });
}

function build(s: SectionContext, owner: string, title: string | null, status: string | null, tasks: Task[], node: Parameters<typeof position>[0]): Action {
  const known = NO_OWNER.test(owner) ? UNASSIGNED : owner;
  return { owner: known, ownerKind: ownerKind(known), title, status, tasks, sectionId: s.section.id, position: position(node) };
}

function task(item: ListItem): Task {
  const parts = listItemParts(item);
  const mark = parts.checked === null ? readMark(parts.text) : parts.checked ? 'done' : 'pending';
  return { text: cleanText(parts.text), mark, position: position(item) };
}

function markStatus(text: string, checked: boolean | null): string | null {
  if (checked !== null) return checked ? 'done' : 'pending';
  return readMark(text);
}

function isOwner(name: string): boolean {
  const kind = ownerKind(name);
  return kind === 'agent' || kind === 'team';
}

function groupTitle(s: SectionContext): string | null {
  if (!s.heading) return null;
  const heading = titleText(s.section.heading);
  return TEAM_IN_HEADING.exec(heading)?.[1] ?? heading;
}

/** The `**Owner**:` of the section or its enclosing sections' leading fields, else "unassigned". */
function sectionOwner(context: ExtractContext, s: SectionContext): string {
  const owner = sourceFields(context.text, s.nodes.filter((n) => n.type === 'paragraph')).find((f) => /^(owner|assignee|assigned to)$/.test(f.key));
  const name = owner ? titleText(owner.value) : '';
  return name === '' ? UNASSIGNED : name;
}
