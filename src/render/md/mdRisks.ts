import type { PhrasingContent, RootContent } from 'mdast';
import { labelOf } from '../helpers/labelOf.js';
import type { ReportView, RiskItem } from '../view/types.js';
import { md } from './mdNodes.js';

/** Risks by level, most severe first, each with its mitigation. */
export function mdRisks(view: ReportView): RootContent[] {
  if (view.risks.total === 0) return [];
  const summary = view.risks.groups.map((g) => `${g.risks.length} ${labelOf(g.level)}`).join(', ');
  const nodes: RootContent[] = [md.heading(3, `${view.parts.risks.title} — ${summary}`)];
  for (const group of view.risks.groups) {
    nodes.push(md.paragraph(md.strong(md.status(group.level))));
    nodes.push(md.list(group.risks.map((risk) => md.item([md.paragraph(...riskLine(risk))]))));
  }
  return nodes;
}

function riskLine(risk: RiskItem): PhrasingContent[] {
  const parts: PhrasingContent[] = [md.strong(risk.title)];
  if (risk.detail) parts.push(md.text(`: ${risk.detail}`));
  if (risk.mitigation) parts.push(md.text(' — '), md.emphasis('Mitigation:'), md.text(` ${risk.mitigation}`));
  parts.push(md.text(' ('), md.source(risk.source), md.text(')'));
  return parts;
}
