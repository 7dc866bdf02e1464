import type { List, ListItem, Table } from 'mdast';
import type { Criterion } from '../../model/types.js';
import type { ExtractContext, SectionContext } from '../context.js';
import { CRITERION_COLUMNS, CRITERION_STATES, CRITERION_WORDS } from '../policy/criteria.js';
import { cleanText } from '../text/cleanText.js';
import { listItemParts } from '../text/listItemParts.js';
import { position } from '../text/position.js';
import { readMark } from '../text/readMark.js';
import { tableRecords } from '../text/tableRecords.js';
import { appendAll } from '../text/appendAll.js';
import { withUniqueIds } from '../text/withUniqueIds.js';

/**
 * Readiness criteria of the sections of kind 'readiness': the items of their
 * lists (and nested GFM task items) and the rows of criterion/status tables.
 * State: checked/unchecked for task items, else the item's status marker
 * (pass/fail/warn), else the heading's marker ("[WARN] Production
 * Considerations"), else unknown for plain bullets.
 */
export function extractCriteria(context: ExtractContext): Criterion[] {
  const criteria: Criterion[] = [];
  for (const s of context.sections) {
    if (s.section.kind !== 'readiness') continue;
    const fallback = markState(readMark(s.section.heading)) ?? 'unknown';
    for (const node of s.nodes) {
      if (node.type === 'list') appendAll(criteria, listCriteria(s, node, fallback, true));
      else if (node.type === 'table') appendAll(criteria, tableCriteria(s, node));
    }
  }
  return withUniqueIds(criteria, 'criterion', (c) => c.text);
}

function listCriteria(s: SectionContext, list: List, fallback: Criterion['state'], top: boolean): Criterion[] {
  return list.children.flatMap((item) => {
    const parts = listItemParts(item);
    const own = top || parts.checked !== null ? [criterion(s, item, fallback)] : [];
    const nested = item.children.flatMap((c) => (c.type === 'list' ? listCriteria(s, c, fallback, false) : []));
    return [...own, ...nested].filter((c) => c.text !== '');
  });
}

function criterion(s: SectionContext, item: ListItem, fallback: Criterion['state']): Criterion {
  const parts = listItemParts(item);
  const checked = parts.checked === null ? null : parts.checked ? 'checked' : 'unchecked';
  const state = checked ?? markState(readMark(parts.text)) ?? fallback;
  return { id: '', text: cleanText(parts.text), state, sectionId: s.section.id, position: position(item) };
}

function tableCriteria(s: SectionContext, table: Table): Criterion[] {
  const { keys, rows } = tableRecords(table);
  const textAt = keys.findIndex((k) => CRITERION_COLUMNS.text.test(k));
  const stateAt = keys.findIndex((k) => CRITERION_COLUMNS.state.test(k));
  if (textAt === -1 || stateAt === -1) return [];
  return rows.flatMap((row) => {
    const text = cleanText(row.texts[textAt] ?? '');
    const raw = row.texts[stateAt] ?? '';
    const state = markState(readMark(raw)) ?? CRITERION_WORDS.find((w) => w.pattern.test(cleanText(raw)))?.state ?? 'unknown';
    return text === '' ? [] : [{ id: '', text, state, sectionId: s.section.id, position: position(row.node) }];
  });
}

function markState(mark: ReturnType<typeof readMark>): Criterion['state'] | null {
  return mark === null ? null : CRITERION_STATES[mark];
}
