/** TypeScript types of the model, inferred from the zod schema (never written by hand). */
import type { z } from 'zod';
import type * as S from './schema.js';

export type Position = z.infer<typeof S.Position>;
export type TextFact = z.infer<typeof S.TextFact>;
export type Comparator = z.infer<typeof S.Comparator>;
export type Target = z.infer<typeof S.Target>;
export type Quantity = z.infer<typeof S.Quantity>;
export type Mark = z.infer<typeof S.Mark>;
export type Severity = z.infer<typeof S.Severity>;
export type RiskLevel = z.infer<typeof S.RiskLevel>;
export type IssueStatus = z.infer<typeof S.IssueStatus>;
export type SectionKind = z.infer<typeof S.SectionKind>;
export type MetaField = z.infer<typeof S.MetaField>;
export type Meta = z.infer<typeof S.Meta>;
export type Section = z.infer<typeof S.Section>;
export type Metric = z.infer<typeof S.Metric>;
export type Gate = z.infer<typeof S.Gate>;
export type Issue = z.infer<typeof S.Issue>;
export type Risk = z.infer<typeof S.Risk>;
export type Task = z.infer<typeof S.Task>;
export type Action = z.infer<typeof S.Action>;
export type Criterion = z.infer<typeof S.Criterion>;
export type Step = z.infer<typeof S.Step>;
export type Verdict = z.infer<typeof S.Verdict>;
export type Table = z.infer<typeof S.Table>;
export type Diagnostic = z.infer<typeof S.Diagnostic>;
export type Report = z.infer<typeof S.Report>;
