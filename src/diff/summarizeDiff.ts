import {
  ActionChange,
  GateChange,
  IssueChange,
  MetricChange,
  RiskChange,
  SectionChange,
  type Conflict,
  type DiffSummary,
  type Targets,
  type Match,
} from '../model/diffSchema.js';

export interface SummaryInput {
  readonly metrics: readonly { kind: MetricChange['kind']; match: Match | null; targets: Targets; conflict: Conflict | null }[];
  readonly gates: readonly { kind: GateChange['kind']; match: Match | null; targets: Targets }[];
  readonly issues: readonly { kind: IssueChange['kind']; match: Match | null }[];
  readonly risks: readonly { kind: RiskChange['kind']; match: Match | null }[];
  readonly actions: readonly { kind: ActionChange['kind']; match: Match | null }[];
  readonly sections: readonly { kind: SectionChange['kind'] }[];
}

/** Counts of every change kind (all kinds present, zero when none), of uncertain pairings, moved targets and conflicts. */
export function summarizeDiff(input: SummaryInput): DiffSummary {
  const all = [...input.metrics, ...input.gates, ...input.issues, ...input.risks, ...input.actions];
  return {
    metrics: count(MetricChange.shape.kind.options, input.metrics),
    gates: count(GateChange.shape.kind.options, input.gates),
    issues: count(IssueChange.shape.kind.options, input.issues),
    risks: count(RiskChange.shape.kind.options, input.risks),
    actions: count(ActionChange.shape.kind.options, input.actions),
    sections: count(SectionChange.shape.kind.options, input.sections),
    uncertain: all.filter((c) => c.match?.kind === 'uncertain').length,
    targetChanges: [...input.metrics, ...input.gates].filter((c) => c.targets.move !== null).length,
    conflicts: input.metrics.filter((c) => c.conflict !== null).length,
  };
}

function count<K extends string>(kinds: readonly K[], changes: readonly { kind: K }[]): Record<K, number> {
  const counts = Object.fromEntries(kinds.map((k) => [k, 0])) as Record<K, number>;
  for (const change of changes) counts[change.kind] += 1;
  return counts;
}
