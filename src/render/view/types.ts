/**
 * The view of a report that the `report` page template receives (and the
 * markdown renderer reads). Plain data, every field present (null when absent:
 * templates run in strict mode). Documented in /work/notes/template-guide.md.
 */
import type Handlebars from 'handlebars';
import type { PartKey } from '../policy/reportParts.js';
import type { Tone } from '../policy/statusTones.js';

/** Where a fact was read: `href` points at the nearest anchor of the rendered body. */
export interface SourceRef {
  readonly line: number;
  readonly href: string;
  /** `line 42` */
  readonly title: string;
}

export interface CoverView {
  readonly title: string;
  readonly phase: string | null;
  readonly date: { readonly raw: string; readonly iso: string | null; readonly source: SourceRef } | null;
  readonly author: { readonly name: string; readonly role: string; readonly source: SourceRef } | null;
  readonly status: string | null;
  readonly nextUpdate: string | null;
  /** where the title, status and next update were read */
  readonly sources: { readonly title: SourceRef | null; readonly status: SourceRef | null; readonly nextUpdate: SourceRef | null };
  readonly verdict: { readonly value: string; readonly decision: string; readonly text: string; readonly source: SourceRef } | null;
  readonly path: string | null;
  readonly lines: number;
  readonly fields: ReadonlyArray<{ readonly key: string; readonly value: string; readonly placement: string; readonly source: SourceRef }>;
}

export interface GateRow {
  readonly criterion: string;
  readonly target: string;
  readonly current: string;
  readonly state: 'met' | 'not-met' | 'unknown';
  /** shortfall to the target as text (`35 pp`), null when it cannot be told or the gate is met */
  readonly gap: string | null;
  /** progress toward the target, 0..1, null when unknown */
  readonly ratio: number | null;
  readonly source: SourceRef;
}

export interface MetricRow {
  readonly name: string;
  readonly before: string | null;
  readonly after: string | null;
  readonly current: string | null;
  readonly target: string | null;
  readonly beforeValue: number | null;
  readonly afterValue: number | null;
  readonly unit: string | null;
  readonly mark: string | null;
  readonly status: string | null;
  readonly source: SourceRef;
}

export interface IssueItem {
  readonly title: string;
  readonly detail: string | null;
  readonly severity: string;
  readonly status: string;
  readonly open: boolean;
  readonly category: string | null;
  readonly identifiers: readonly string[];
  readonly source: SourceRef;
}

export interface SeverityCount {
  readonly severity: string;
  readonly open: number;
  readonly resolved: number;
}

export interface IssuesView {
  readonly items: readonly IssueItem[];
  readonly counts: readonly SeverityCount[];
  readonly open: number;
  readonly resolved: number;
}

export interface RiskItem {
  readonly title: string;
  readonly detail: string | null;
  readonly mitigation: string | null;
  readonly source: SourceRef;
}

export interface RiskGroup {
  readonly level: string;
  readonly tone: Tone;
  readonly risks: readonly RiskItem[];
}

export interface RisksView {
  readonly groups: readonly RiskGroup[];
  readonly total: number;
  /** for `{{barChart risks.chart}}` */
  readonly chart: ReadonlyArray<{ readonly name: string; readonly value: number; readonly status: string }>;
}

export interface TaskItem {
  readonly text: string;
  readonly mark: string | null;
  readonly done: boolean;
  readonly source: SourceRef;
}

export interface ActionItem {
  readonly title: string | null;
  readonly status: string | null;
  readonly tasks: readonly TaskItem[];
  readonly source: SourceRef;
}

export interface ActionGroup {
  readonly owner: string;
  readonly ownerKind: string;
  readonly actions: readonly ActionItem[];
  readonly done: number;
  readonly total: number;
}

export interface StepGroup {
  readonly horizon: string;
  readonly steps: ReadonlyArray<{ readonly text: string; readonly mark: string | null; readonly done: boolean; readonly source: SourceRef }>;
}

export interface CriteriaView {
  readonly items: ReadonlyArray<{ readonly text: string; readonly state: string; readonly met: boolean; readonly source: SourceRef }>;
  readonly met: number;
  readonly total: number;
  readonly ratio: number | null;
}

export interface EvaluationView {
  readonly decision: string;
  readonly stated: string | null;
  readonly agrees: boolean | null;
  /** `agrees`, `disagrees` or `no-verdict` */
  readonly agreement: string;
  readonly results: ReadonlyArray<{
    readonly rule: string;
    readonly outcome: string;
    readonly onFail: string;
    readonly message: string;
    readonly sources: readonly SourceRef[];
  }>;
}

export interface BodySection {
  readonly id: string;
  readonly heading: string;
  readonly depth: number;
  /** the heading element to use: 3..6 (the cover holds the h1, the part titles h2) */
  readonly level: number;
  readonly kind: string;
  readonly line: number;
  readonly html: Handlebars.SafeString;
  /** lint findings citing a line of this section (empty when none) */
  readonly findings: readonly LintNote[];
}

/** One lint finding in the lint part, with a link to every line it cites. */
export interface LintItem {
  /** anchor id in the lint part */
  readonly id: string;
  readonly ruleId: string;
  readonly severity: string;
  readonly message: string;
  readonly source: SourceRef;
  readonly cited: ReadonlyArray<{ readonly note: string; readonly source: SourceRef }>;
}

/** A lint finding shown beside the section whose lines it cites; `href` leads to its item in the lint part. */
export interface LintNote {
  readonly severity: string;
  readonly ruleId: string;
  readonly message: string;
  readonly href: string;
  /** the cited lines that lie in this section */
  readonly lines: readonly number[];
}

export interface LintView {
  readonly items: readonly LintItem[];
  readonly errors: number;
  readonly warnings: number;
  readonly infos: number;
  readonly total: number;
}

export interface TocEntry {
  readonly href: string;
  readonly text: string;
  /** 1 for the parts of the page, 2.. for the report's own headings */
  readonly level: number;
}

export interface DiagnosticItem {
  readonly message: string;
  readonly ruleId: string;
  readonly severity: string;
  readonly source: SourceRef;
}

export interface PartView {
  readonly id: string;
  readonly title: string;
  /** false when the part has nothing to show (the template skips it, the TOC leaves it out) */
  readonly shown: boolean;
}

export type PartsView = Readonly<Record<PartKey, PartView>>;

export interface ReportView {
  readonly title: string;
  /** options.timestamp as given (the renderer never reads the clock) */
  readonly timestamp: string | null;
  readonly parts: PartsView;
  readonly cover: CoverView;
  readonly toc: readonly TocEntry[];
  readonly gates: readonly GateRow[];
  readonly gateSummary: { readonly met: number; readonly notMet: number; readonly unknown: number; readonly total: number };
  readonly metrics: readonly MetricRow[];
  readonly issues: IssuesView;
  readonly risks: RisksView;
  readonly actions: readonly ActionGroup[];
  readonly steps: readonly StepGroup[];
  readonly criteria: CriteriaView;
  readonly evaluation: EvaluationView | null;
  readonly body: readonly BodySection[];
  readonly diagnostics: readonly DiagnosticItem[];
  readonly lint: LintView;
}
