import type { Report } from '../../model/types.js';
import { DONE_STATES } from '../policy/doneStates.js';
import type { SourceLinker } from './createSourceLinker.js';
import type { CriteriaView } from './types.js';

/** The readiness checklist, with how many criteria are met. */
export function buildCriteria(report: Report, link: SourceLinker): CriteriaView {
  const items = report.criteria.map((c) => ({ text: c.text, state: c.state, met: DONE_STATES.has(c.state), source: link(c.position) }));
  const met = items.filter((i) => i.met).length;
  return { items, met, total: items.length, ratio: items.length === 0 ? null : met / items.length };
}
