import type { List, ListItem, Table } from 'mdast';
import type { Step } from '../../model/types.js';
import type { ExtractContext, SectionContext } from '../context.js';
import { STEP_COLUMNS } from '../policy/horizons.js';
import { cleanText } from '../text/cleanText.js';
import { listItemParts } from '../text/listItemParts.js';
import { position } from '../text/position.js';
import { readHorizon } from '../text/readHorizon.js';
import { readMark } from '../text/readMark.js';
import { tableRecords } from '../text/tableRecords.js';
import { appendAll } from '../text/appendAll.js';
import { withUniqueIds } from '../text/withUniqueIds.js';

/**
 * Next steps of the sections of kind 'steps', with their horizon: from the
 * item's lead (`1. **Immediate**: Fix ...`, whose nested bullets share it),
 * else from the heading (`### Phase 1: Hardening (Week 1)`), else null. Rows
 * of timeline tables (Phase | Days | Key Deliverable) are steps too.
 */
export function extractSteps(context: ExtractContext): Step[] {
  const steps: Step[] = [];
  for (const s of context.sections) {
    if (s.section.kind !== 'steps') continue;
    const horizon = s.heading ? readHorizon(s.section.heading) : null;
    for (const node of s.nodes) {
      if (node.type === 'list') appendAll(steps, listSteps(s, node, horizon));
      else if (node.type === 'table') appendAll(steps, tableSteps(s, node));
    }
  }
  return withUniqueIds(steps, 'step', (st) => st.text);
}

function listSteps(s: SectionContext, list: List, fallback: string | null): Step[] {
  return list.children.flatMap((item) => {
    const parts = listItemParts(item);
    const own = parts.lead ? readHorizon(parts.lead) : null;
    if (own === null) return [step(s, item, fallback, cleanText(parts.text))];
    const nested = parts.nested.map((n) => step(s, n, own, cleanText(listItemParts(n).text)));
    return parts.rest === '' ? nested : [step(s, item, own, cleanText(parts.rest)), ...nested];
  }).filter((st) => st.text !== '');
}

function step(s: SectionContext, item: ListItem, horizon: string | null, text: string): Step {
  const parts = listItemParts(item);
  const mark = parts.checked === null ? readMark(parts.text) : parts.checked ? 'done' : 'pending';
  return { id: '', horizon, text, mark, sectionId: s.section.id, position: position(item) };
}

function tableSteps(s: SectionContext, table: Table): Step[] {
  const { keys, rows } = tableRecords(table);
  const horizonAt = keys.findIndex((k) => STEP_COLUMNS.horizon.test(k));
  const textAt = keys.findIndex((k) => STEP_COLUMNS.text.test(k));
  if (horizonAt === -1 || textAt === -1) return [];
  return rows.flatMap((row) => {
    const text = cleanText(row.texts[textAt] ?? '');
    const cell = row.texts[horizonAt] ?? '';
    const horizon = readHorizon(cell) ?? (cleanText(cell) || null);
    return text === '' ? [] : [{ id: '', horizon, text, mark: readMark(row.texts.join(' ')), sectionId: s.section.id, position: position(row.node) }];
  });
}
