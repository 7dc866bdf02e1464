import type { Evaluation } from '../../model/evaluation.js';
import type { SourceLinker } from './createSourceLinker.js';
import type { EvaluationView } from './types.js';

/** The go/no-go evaluation: decision, each rule's outcome, and agreement with the report's own verdict. */
export function buildEvaluation(evaluation: Evaluation | undefined, link: SourceLinker): EvaluationView | null {
  if (!evaluation) return null;
  return {
    decision: evaluation.decision,
    stated: evaluation.stated,
    agrees: evaluation.agrees,
    agreement: evaluation.agrees === null ? 'no-verdict' : evaluation.agrees ? 'agrees' : 'disagrees',
    results: evaluation.results.map((r) => ({
      rule: r.rule,
      outcome: r.outcome,
      onFail: r.onFail,
      message: r.message,
      sources: r.positions.map(link),
    })),
  };
}
