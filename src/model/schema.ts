/**
 * The phase-report model: the single source of truth.
 *
 * Every TypeScript type of the model is inferred from these zod schemas, and the
 * published JSON Schema (`phase-report schema`, `schema/phase-report.schema.json`)
 * is generated from them. Field names here are the names used everywhere:
 * code, templates, JSON output and documentation.
 */
import { z } from 'zod';

export const SCHEMA_VERSION = 2;

/** 1-based line and column of the first character of a fact in the source. */
export const Position = z
  .object({
    line: z.number().int().min(1),
    column: z.number().int().min(1),
  })
  .strict()
  .describe('1-based line and column in the source markdown');

/** A plain text value found in the report, with where it was found. */
export const TextFact = z
  .object({ value: z.string(), position: Position })
  .strict();

export const Comparator = z
  .enum(['>', '>=', '<', '<=', '=', 'maintain'])
  .describe("'maintain' means: stay at or above the value");

/** A target such as `>95%`, `Maintain 92%+`, `<0.3% violations`, `(Target: 90%)`. */
export const Target = z
  .object({
    comparator: Comparator,
    value: z
      .union([z.number(), z.string()])
      .nullable()
      .describe('a number, or a categorical value as written (`PASS`); a categorical target is met by an equal current value'),
    unit: z.string().nullable(),
    raw: z.string(),
  })
  .strict();

/**
 * A measured value such as `~60%`, `87/100`, `17/17 tests`, or a categorical
 * one (`PASS`, `PARTIAL`, `TIMEOUT`, `ELIMINATED`): `value` is then the word as
 * written (a string) and `unit` is null. Null when nothing can be read.
 */
export const Quantity = z
  .object({
    value: z.union([z.number(), z.string()]).nullable().describe('a number, or a categorical value as written'),
    unit: z.string().nullable(),
    approximate: z.boolean().describe('written with ~, about, ... or as a bound (<80%); a floor N+ is exact'),
    raw: z.string(),
  })
  .strict();

/** Status markers (✅ ❌ ⚠️ 🔄 🔴 🟡 🟢, checkboxes, `[OK]`, `(FIXED)`, ...) normalised. */
export const Mark = z.enum(['done', 'failed', 'warning', 'in-progress', 'pending']);

/**
 * Risk levels, a closed set: the likelihood levels, `none` (a "Zero Risk" bucket),
 * `resolved` (mitigated, closed, retired), `other` (a bucket that is not a level,
 * such as "High Confidence Areas": its name is the risk's `label`) and `unknown`
 * (no level stated). Ranked once, in src/model/riskLevel.ts.
 */
export const RiskLevel = z.enum(['critical', 'high', 'medium', 'low', 'none', 'resolved', 'other', 'unknown']);

export const Severity = z.enum(['blocking', 'critical', 'high', 'medium', 'low', 'info', 'unknown']);
export const IssueStatus = z.enum(['open', 'resolved', 'in-progress', 'blocked', 'warning']);
export const SectionKind = z.enum([
  'summary',
  'status',
  'metrics',
  'gates',
  'issues',
  'risks',
  'actions',
  'steps',
  'readiness',
  'verdict',
  'other',
]);

export const MetaField = z
  .object({
    key: z.string(),
    value: z.string(),
    placement: z.enum(['header', 'body', 'footer']),
    position: Position,
  })
  .strict();

export const Meta = z
  .object({
    title: TextFact.nullable(),
    phase: z
      .object({ label: z.string(), number: z.number().nullable(), position: Position })
      .strict()
      .nullable()
      .describe('"6" from "Phase 6 ..."; label keeps forms such as "2" or "4.10"'),
    generated: z
      .object({ raw: z.string(), iso: z.string().nullable(), position: Position })
      .strict()
      .nullable()
      .describe('iso is ISO 8601 when the raw text is a date'),
    author: z
      .object({ name: z.string(), role: z.string(), position: Position })
      .strict()
      .nullable()
      .describe('role is the key it was found under: Agent, Auditor, Reviewer, ...'),
    status: TextFact.nullable(),
    nextUpdate: TextFact.nullable(),
    subtitle: TextFact.nullable().describe('a line under the title that names the report further: an H2 right under the H1 that is no section of its own, or an emphasised line'),
    fields: z.array(MetaField).describe('every key/value line, including the ones above'),
  })
  .strict();

export const Section = z
  .object({
    id: z.string().describe('unique slug of the heading path'),
    heading: z.string().describe('plain text of the heading; empty for the preamble'),
    depth: z.number().int().min(0).max(6).describe('0 for the preamble before the first heading'),
    parentId: z.string().nullable(),
    kind: SectionKind,
    position: Position,
    endLine: z.number().int().min(1),
    markdown: z.string().describe('source of the blocks of this section, heading excluded'),
  })
  .strict();

export const Metric = z
  .object({
    id: z.string().describe('normalised name, used to match metrics across reports'),
    name: z.string(),
    target: Target.nullable(),
    current: Quantity.nullable(),
    before: Quantity.nullable(),
    after: Quantity.nullable(),
    mark: Mark.nullable(),
    status: z.string().nullable().describe('status text as written, e.g. "PASS"'),
    sectionId: z.string(),
    position: Position,
  })
  .strict();

export const Gate = z
  .object({
    id: z.string(),
    criterion: z.string(),
    target: Target.nullable(),
    current: Quantity.nullable(),
    met: z.boolean().nullable().describe('null when it cannot be told'),
    sectionId: z.string(),
    position: Position,
  })
  .strict();

export const Issue = z
  .object({
    id: z.string().describe('stable id derived from the normalised title'),
    title: z.string(),
    detail: z.string().nullable(),
    severity: Severity,
    category: z.string().nullable().describe('the heading the issue sits under'),
    status: IssueStatus,
    identifiers: z.array(z.string()).describe('code spans and CONSTANT_NAMES in the text'),
    sectionId: z.string(),
    position: Position,
  })
  .strict();

export const Risk = z
  .object({
    id: z.string(),
    level: RiskLevel,
    label: z.string().nullable().describe("the bucket's name as written when level is 'other' (\"High Confidence Areas\"), else null"),
    title: z.string(),
    detail: z.string().nullable(),
    mitigation: z.string().nullable(),
    sectionId: z.string(),
    position: Position,
  })
  .strict();

export const Task = z
  .object({ text: z.string(), mark: Mark.nullable(), position: Position })
  .strict();

export const Action = z
  .object({
    owner: z.string(),
    ownerKind: z.enum(['agent', 'team', 'person', 'unknown']),
    title: z.string().nullable().describe('mission or group heading'),
    status: z.string().nullable(),
    tasks: z.array(Task),
    sectionId: z.string(),
    position: Position,
  })
  .strict();

export const Criterion = z
  .object({
    id: z.string(),
    text: z.string(),
    state: z.enum(['checked', 'unchecked', 'pass', 'fail', 'warn', 'unknown']),
    sectionId: z.string(),
    position: Position,
  })
  .strict();

export const Step = z
  .object({
    id: z.string(),
    horizon: z.string().nullable().describe('Immediate, Short-term, Medium-term, Long-term, Final, Week N, ...'),
    text: z.string(),
    mark: Mark.nullable(),
    sectionId: z.string(),
    position: Position,
  })
  .strict();

/** A release decision; `unknown`: the report's words (or evidence) decide nothing about release. */
export const Decision = z.enum(['go', 'conditional', 'no-go', 'unknown']);

/** One decision the report states: `**Recommendation**: HOLD`, `## FINAL VERDICT: ❌ PHASE 5 FAILED`, ... */
export const Verdict = z
  .object({
    value: z.string().describe('the decision as written, upper-cased: GO, NO-GO, PROCEED, COMPLETE REBUILD RECOMMENDED, ...'),
    decision: Decision,
    key: z.string().nullable().describe('the key or heading it is stated under (Recommendation, FINAL VERDICT, Status), as written'),
    text: z.string(),
    position: Position,
  })
  .strict();

/** The report's verdict: one of its statements, chosen by the rule documented in extractVerdicts. */
export const ReportVerdict = Verdict.extend({
  conflict: z.boolean().describe('true when the statements of the report decide differently'),
}).strict();

export const Table = z
  .object({
    id: z.string(),
    sectionId: z.string(),
    headers: z.array(z.string()),
    rows: z.array(z.array(z.string())),
    position: Position,
  })
  .strict();

export const Diagnostic = z
  .object({
    message: z.string(),
    ruleId: z.string(),
    severity: z.enum(['error', 'warning', 'info']),
    position: Position,
  })
  .strict();

export const Report = z
  .object({
    schemaVersion: z.literal(SCHEMA_VERSION),
    source: z
      .object({ path: z.string().nullable(), lines: z.number().int().min(0) })
      .strict(),
    meta: Meta,
    sections: z.array(Section),
    metrics: z.array(Metric),
    gates: z.array(Gate),
    issues: z.array(Issue),
    risks: z.array(Risk),
    actions: z.array(Action),
    criteria: z.array(Criterion),
    steps: z.array(Step),
    verdicts: z.array(Verdict).describe('every decision the report states, in source order'),
    verdict: ReportVerdict.nullable().describe('the last authoritative statement: a verdict, decision or recommendation key or heading beats a status line'),
    tables: z.array(Table),
    diagnostics: z.array(Diagnostic),
  })
  .strict();
