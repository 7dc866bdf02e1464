import type { RootContent } from 'mdast';
import type { ReportView } from '../view/types.js';
import { md } from './mdNodes.js';

/** Quality gates as a table: target, current, state, gap, source line. */
export function mdGates(view: ReportView): RootContent[] {
  if (view.gates.length === 0) return [];
  const { met, total } = view.gateSummary;
  const rows = view.gates.map((g) => [[g.criterion], [g.target], [g.current], [md.status(g.state)], [g.gap ?? '—'], [md.source(g.source)]]);
  return [
    md.heading(3, `${view.parts.gates.title} — ${met} of ${total} met`),
    md.table([['Gate'], ['Target'], ['Current'], ['State'], ['Gap'], ['Source']], rows, [null, null, null, null, 'right', null]),
  ];
}
