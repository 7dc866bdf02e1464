import type { Position, Report, Verdict } from '../model/types.js';

/** One decision the report states somewhere. */
export interface StatedVerdict {
  readonly value: string;
  readonly decision: Verdict['decision'];
  readonly position: Position;
}

/**
 * Every decision the report states (`report.verdicts`, read by the parser),
 * in source order, without the statements that decide nothing about release
 * (`unknown`): those cannot contradict anything.
 */
export function statedVerdicts(report: Report): StatedVerdict[] {
  return report.verdicts
    .filter((v) => v.decision !== 'unknown')
    .map((v) => ({ value: v.value, decision: v.decision, position: v.position }))
    .sort((a, b) => a.position.line - b.position.line);
}
