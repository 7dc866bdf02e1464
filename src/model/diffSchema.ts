/**
 * The phase-to-phase diff and the history of many reports: zod schemas, the
 * single source of their TypeScript types and of their JSON output.
 *
 * The History schemas are in historySchema.ts (built on these).
 *
 * Every change kind is a closed union. Every change cites where the fact sits
 * in both reports (`lines.older`, `lines.newer`); a side is absent when the
 * fact is absent from that report.
 */
import { z } from 'zod';
import { IssueStatus, Mark, Position, Quantity, Severity, Target, Verdict } from './schema.js';

export const DIFF_SCHEMA_VERSION = 2;

/** Where a fact sits in the older and in the newer report. */
export const Lines = z
  .object({ older: Position.optional(), newer: Position.optional() })
  .strict()
  .describe('source positions of the fact in the older and the newer report');

/**
 * How two facts were paired: `exact` (same id), `similar` (score at or above
 * the similar threshold), `uncertain` (flagged: at or above the uncertain
 * threshold only), `marker` (no fact in the newer report, but a line there
 * says it is resolved), `restated` (no metric in the newer report, but a
 * line there gives the metric's value as a range). Thresholds: src/diff/policy/matching.ts.
 */
export const Match = z
  .object({
    kind: z.enum(['exact', 'similar', 'uncertain', 'marker', 'restated']),
    score: z.number().min(0).max(1),
  })
  .strict();

/** Which report a diff side or a history column is. */
export const ReportRef = z
  .object({
    path: z.string().nullable(),
    title: z.string().nullable(),
    phase: z.string().nullable().describe('the phase label, e.g. "6" or "4.10"'),
    generated: z.string().nullable().describe('ISO date when known, else the raw text'),
  })
  .strict();

export const Better = z
  .enum(['higher', 'lower', 'closer'])
  .describe('which way a metric improves: higher, lower, or closer to an "=" target');

/** One statement of a value in a report, where a report states a metric more than once. */
export const StatedValue = z.object({ value: Quantity.nullable(), position: Position }).strict();

/**
 * The values a report states for one metric when they disagree (a summary
 * table and a detail table): one metric with a conflict, never a change.
 */
export const Conflict = z
  .object({ older: z.array(StatedValue), newer: z.array(StatedValue) })
  .strict()
  .describe('disagreeing statements in each report; an empty side agrees with itself');

/** The target of a fact in both reports, and how it moved. */
export const Targets = z
  .object({
    older: Target.nullable(),
    newer: Target.nullable(),
    move: z
      .enum(['eased', 'tightened', 'changed'])
      .nullable()
      .describe("target-changed: 'eased' a lowered bar (>95% to >80%), 'tightened' a raised one, 'changed' another move; null when it did not move or a side has none"),
  })
  .strict();

/** A change whose kind says 'not-reported': the newer report has no such section or list at all. */
const NOT_REPORTED = "'not-reported': the newer report has no such section or list, so nothing can be said";

export const MetricChange = z
  .object({
    id: z.string(),
    name: z.string(),
    kind: z
      .enum(['improved', 'regressed', 'unchanged', 'changed', 'conflict', 'new', 'dropped', 'not-reported'])
      .describe(
        "'changed': the value moved but nothing tells which way is better, or the pairing is uncertain; " +
          "'conflict': a report states the metric twice with different values; " +
          NOT_REPORTED,
      ),
    older: Quantity.nullable(),
    newer: Quantity.nullable(),
    delta: z.number().nullable().describe('newer minus older, when both are numbers in one unit'),
    better: Better.nullable(),
    judgedBy: z
      .enum(['target', 'name', 'mark'])
      .nullable()
      .describe('what decided improved or regressed: the target, the name, or the status marks'),
    target: Target.nullable().describe("the newer report's target, else the older one's"),
    targets: Targets,
    conflict: Conflict.nullable(),
    range: z
      .object({ low: z.number(), high: z.number() })
      .strict()
      .nullable()
      .describe('the newer value when it is written as a range ("35-45/100"); the delta is then the move to the nearest bound'),
    match: Match.nullable(),
    lines: Lines,
  })
  .strict();

export const GateChange = z
  .object({
    id: z.string(),
    criterion: z.string(),
    kind: z
      .enum(['met', 'unmet', 'target-changed', 'unchanged', 'new', 'dropped', 'not-reported'])
      .describe("'target-changed': met or not as before, but the target moved (see targets.move); " + NOT_REPORTED),
    older: z.boolean().nullable().describe('met in the older report (null: cannot be told)'),
    newer: z.boolean().nullable(),
    values: z.object({ older: Quantity.nullable(), newer: Quantity.nullable() }).strict(),
    targets: Targets,
    match: Match.nullable(),
    lines: Lines,
  })
  .strict();

export const IssueSnapshot = z
  .object({ id: z.string(), title: z.string(), severity: Severity, status: IssueStatus })
  .strict();

export const IssueChange = z
  .object({
    id: z.string().describe('the older id when there is one, else the newer'),
    title: z.string(),
    kind: z
      .enum(['resolved', 'new', 'persisting', 'reopened', 'still-resolved', 'dropped', 'not-reported'])
      .describe(
        "'dropped': open, then absent from the newer report's issue list, which does not say it is resolved; " +
          "'still-resolved': resolved, then resolved again or no longer listed; " +
          NOT_REPORTED,
      ),
    severity: z.enum(['raised', 'lowered']).nullable(),
    older: IssueSnapshot.nullable(),
    newer: IssueSnapshot.nullable(),
    match: Match.nullable(),
    evidence: z
      .string()
      .nullable()
      .describe('the newer line that marks the issue resolved, for a marker match; the line of a newer issue that still names it under other words, for an uncertain pairing by mention'),
    members: z
      .array(z.string())
      .describe('for a group: ids of the older issues under the heading the newer issue names; else empty'),
    lines: Lines,
  })
  .strict();

export const RiskSnapshot = z.object({ id: z.string(), title: z.string(), level: z.string() }).strict();

export const RiskChange = z
  .object({
    id: z.string(),
    title: z.string(),
    kind: z
      .enum(['escalated', 'de-escalated', 'new', 'retired', 'unchanged', 'relabelled', 'not-reported'])
      .describe("'relabelled': the level changed between buckets that have no rank; 'retired': no longer in the newer risk list; " + NOT_REPORTED),
    older: RiskSnapshot.nullable(),
    newer: RiskSnapshot.nullable(),
    match: Match.nullable(),
    lines: Lines,
  })
  .strict();

export const TaskChange = z
  .object({
    text: z.string(),
    kind: z.enum(['added', 'removed', 'completed', 'reopened', 'unchanged']),
    older: Mark.nullable(),
    newer: Mark.nullable(),
    lines: Lines,
  })
  .strict();

export const ActionChange = z
  .object({
    owner: z.string(),
    title: z.string().nullable(),
    kind: z
      .enum(['added', 'removed', 'completed', 'progressed', 'changed', 'unchanged', 'not-reported'])
      .describe(NOT_REPORTED),
    status: z.object({ older: z.string().nullable(), newer: z.string().nullable() }).strict(),
    tasks: z.array(TaskChange),
    match: Match.nullable(),
    lines: Lines,
  })
  .strict();

export const VerdictSide = Verdict.pick({ value: true, decision: true });

export const VerdictChange = z
  .object({
    kind: z.enum(['unchanged', 'changed', 'appeared', 'disappeared', 'absent']),
    direction: z
      .enum(['better', 'worse', 'same'])
      .nullable()
      .describe('by decision: no-go < conditional < go; null when one side decides nothing (unknown) or states conflicting verdicts'),
    older: VerdictSide.nullable(),
    newer: VerdictSide.nullable(),
    lines: Lines,
  })
  .strict();

export const StatusChange = z
  .object({
    kind: z.enum(['unchanged', 'changed', 'appeared', 'disappeared', 'absent']),
    older: z.string().nullable(),
    newer: z.string().nullable(),
    lines: Lines,
  })
  .strict();

export const SectionChange = z
  .object({
    heading: z.string(),
    depth: z.number().int().min(0).max(6),
    kind: z.enum(['added', 'removed']),
    lines: Lines,
  })
  .strict();

const counts = <T extends z.ZodEnum>(kinds: T) => z.record(kinds, z.number().int().min(0));

export const DiffSummary = z
  .object({
    metrics: counts(MetricChange.shape.kind),
    gates: counts(GateChange.shape.kind),
    issues: counts(IssueChange.shape.kind),
    risks: counts(RiskChange.shape.kind),
    actions: counts(ActionChange.shape.kind),
    sections: counts(SectionChange.shape.kind),
    uncertain: z.number().int().min(0).describe('changes whose pairing is flagged uncertain'),
    targetChanges: z.number().int().min(0).describe('gates and metrics whose target moved'),
    conflicts: z.number().int().min(0).describe('metrics a report states twice with different values'),
  })
  .strict();

export const PhaseDiff = z
  .object({
    schemaVersion: z.literal(DIFF_SCHEMA_VERSION),
    older: ReportRef,
    newer: ReportRef,
    summary: DiffSummary,
    headline: z
      .string()
      .nullable()
      .describe('id of the metric change with the largest relative move (confident pairings only): the news of the diff, e.g. a refuted claim'),
    verdict: VerdictChange,
    status: StatusChange,
    metrics: z.array(MetricChange),
    gates: z.array(GateChange),
    issues: z.array(IssueChange),
    risks: z.array(RiskChange),
    actions: z.array(ActionChange),
    sections: z.array(SectionChange),
  })
  .strict();

export type Lines = z.infer<typeof Lines>;
export type Match = z.infer<typeof Match>;
export type ReportRef = z.infer<typeof ReportRef>;
export type Better = z.infer<typeof Better>;
export type StatedValue = z.infer<typeof StatedValue>;
export type Conflict = z.infer<typeof Conflict>;
export type Targets = z.infer<typeof Targets>;
export type MetricChange = z.infer<typeof MetricChange>;
export type GateChange = z.infer<typeof GateChange>;
export type IssueSnapshot = z.infer<typeof IssueSnapshot>;
export type IssueChange = z.infer<typeof IssueChange>;
export type RiskSnapshot = z.infer<typeof RiskSnapshot>;
export type RiskChange = z.infer<typeof RiskChange>;
export type TaskChange = z.infer<typeof TaskChange>;
export type ActionChange = z.infer<typeof ActionChange>;
export type VerdictSide = z.infer<typeof VerdictSide>;
export type VerdictChange = z.infer<typeof VerdictChange>;
export type StatusChange = z.infer<typeof StatusChange>;
export type SectionChange = z.infer<typeof SectionChange>;
export type DiffSummary = z.infer<typeof DiffSummary>;
export type PhaseDiff = z.infer<typeof PhaseDiff>;
export type { History, HistoryReport, HistoryOrder, SeriesPoint, MetricSeries, IssueState, IssueLifetime, RiskTrack } from './historySchema.js';
