import type { PhrasingContent, RootContent } from 'mdast';
import { labelOf } from '../helpers/labelOf.js';
import type { EvaluationView, ReportView } from '../view/types.js';
import { md } from './mdNodes.js';

/** The go/no-go evaluation: decision, agreement with the report's verdict, and each rule. */
export function mdEvaluation(view: ReportView): RootContent[] {
  const evaluation = view.evaluation;
  if (!evaluation) return [];
  const rows = evaluation.results.map((r) => [[md.status(r.outcome)], [md.code(r.rule)], [r.message], [labelOf(r.onFail)], sources(r.sources)]);
  const nodes: RootContent[] = [
    md.heading(3, view.parts.evaluation.title),
    md.paragraph(md.strong('Decision:'), md.text(' '), md.strong(md.status(evaluation.decision)), md.text(` — ${agreement(evaluation)}`)),
  ];
  if (rows.length > 0) nodes.push(md.table([['Outcome'], ['Rule'], ['Finding'], ['If failed'], ['Source']], rows));
  return nodes;
}

function agreement(evaluation: EvaluationView): string {
  if (evaluation.agrees === null) return 'the report states no verdict of its own.';
  const stated = labelOf(evaluation.stated);
  return evaluation.agrees ? `agrees with the report's own verdict (${stated}).` : `disagrees with the report's own verdict (${stated}).`;
}

function sources(refs: EvaluationView['results'][number]['sources']): PhrasingContent[] {
  return refs.flatMap((ref, i) => (i === 0 ? [md.source(ref)] : [md.text(', '), md.source(ref)]));
}
