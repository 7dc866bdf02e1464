/**
 * The history of many reports: zod schemas built on diffSchema.ts, the
 * source of the History type and of its JSON output.
 */
import { z } from 'zod';
import { Better, DIFF_SCHEMA_VERSION, Match, ReportRef, VerdictSide } from './diffSchema.js';
import { IssueStatus, Position, Severity } from './schema.js';

/** One report of a history, in history order. */
export const HistoryReport = ReportRef.extend({
  inputIndex: z.number().int().min(0).describe('where the report was in the input'),
  date: z
    .object({ iso: z.string(), from: z.enum(['header', 'body', 'footer', 'title']) })
    .strict()
    .nullable()
    .describe('the date the report was placed by, found anywhere in it (date line, a dated key such as a sign-off, the title)'),
}).strict();

export const HistoryOrder = z
  .object({
    by: z.enum(['phase', 'date', 'stage', 'values', 'input']).describe('the most significant key that ordered any two reports'),
    reason: z.string(),
  })
  .strict();

export const SeriesPoint = z
  .object({
    value: z.number().nullable(),
    raw: z.string(),
    unit: z.string().nullable(),
    match: Match.nullable().describe('how this point joined the series; null for its first point'),
    position: Position,
  })
  .strict();

export const MetricSeries = z
  .object({
    id: z.string(),
    name: z.string(),
    better: Better.nullable(),
    points: z.array(SeriesPoint.nullable()).describe('one per report, in history order; null where absent'),
    trend: z
      .enum(['improved', 'regressed', 'unchanged', 'changed', 'single'])
      .describe('first against last numeric point; single: fewer than two'),
  })
  .strict();

export const IssueState = z
  .object({ status: IssueStatus, match: Match.nullable(), position: Position })
  .strict();

export const IssueLifetime = z
  .object({
    id: z.string().describe('the id in the report where it first appears'),
    title: z.string(),
    severity: Severity.describe('as last reported'),
    states: z.array(IssueState.nullable()).describe('one per report; null where not mentioned'),
    openedIn: z.number().int().nullable().describe('report index where first seen unresolved'),
    resolvedIn: z.number().int().nullable().describe('report index of the last resolution'),
    reopenedIn: z.array(z.number().int()),
    outcome: z
      .enum(['open', 'resolved', 'dropped', 'not-reported'])
      .describe("dropped: not mentioned by the last report's issue list; not-reported: the last report has no issue section or list at all"),
  })
  .strict();

export const RiskTrack = z
  .object({
    id: z.string(),
    title: z.string(),
    levels: z
      .array(z.object({ level: z.string(), position: Position }).strict().nullable())
      .describe('one per report; null where not listed'),
  })
  .strict();

/** Which sequence a history is, when reports were grouped into sequences (history/build of a folder). */
export const HistorySequence = z
  .object({
    name: z.string(),
    rule: z
      .enum(['config', 'project', 'title', 'phase', 'single', 'all'])
      .describe("how the sequence was formed: named in the config file, same project line, alike titles, same phase (phase family), a lone report, or 'all' (one sequence)"),
  })
  .strict();

export const History = z
  .object({
    schemaVersion: z.literal(DIFF_SCHEMA_VERSION),
    sequence: HistorySequence,
    order: HistoryOrder,
    reports: z.array(HistoryReport),
    metrics: z.array(MetricSeries),
    issues: z.array(IssueLifetime),
    risks: z.array(RiskTrack),
    verdicts: z.array(VerdictSide.extend({ position: Position }).strict().nullable()),
  })
  .strict();

export type HistoryReport = z.infer<typeof HistoryReport>;
export type HistoryOrder = z.infer<typeof HistoryOrder>;
export type HistorySequence = z.infer<typeof HistorySequence>;
export type SeriesPoint = z.infer<typeof SeriesPoint>;
export type MetricSeries = z.infer<typeof MetricSeries>;
export type IssueState = z.infer<typeof IssueState>;
export type IssueLifetime = z.infer<typeof IssueLifetime>;
export type RiskTrack = z.infer<typeof RiskTrack>;
export type History = z.infer<typeof History>;
