import type { RootContent } from 'mdast';
import type { ReportView } from '../view/types.js';
import { md } from './mdNodes.js';

/** Next steps by horizon, in the report's order. */
export function mdSteps(view: ReportView): RootContent[] {
  if (view.steps.length === 0) return [];
  const items = view.steps.flatMap((group) =>
    group.steps.map((step) => md.item([md.paragraph(md.strong(`${group.horizon}:`), md.text(` ${step.text} (`), md.source(step.source), md.text(')'))], step.mark === null ? null : step.done)),
  );
  return [md.heading(3, view.parts.steps.title), md.list(items, true)];
}
