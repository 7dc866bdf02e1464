import type { RootContent } from 'mdast';
import type { ReportView } from '../view/types.js';
import { md } from './mdNodes.js';

/** The readiness checklist as a task list; failed, warned and unknown criteria say so (unknown ones get no checkbox). */
export function mdCriteria(view: ReportView): RootContent[] {
  const { criteria } = view;
  if (criteria.total === 0) return [];
  const items = criteria.items.map((c) => {
    const flag = c.state === 'fail' || c.state === 'warn' || c.state === 'unknown' ? `${md.status(c.state)}: ` : '';
    return md.item([md.paragraph(md.text(`${flag}${c.text} (`), md.source(c.source), md.text(')'))], c.state === 'unknown' ? null : c.met);
  });
  return [md.heading(3, `${view.parts.criteria.title} — ${criteria.met} of ${criteria.total} met`), md.list(items)];
}
