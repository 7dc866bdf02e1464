import type { Evaluation } from '../../model/evaluation.js';
import type { LintFinding } from '../../lint/types.js';
import type { Report } from '../../model/types.js';
import { buildActions } from './buildActions.js';
import { buildBody } from './buildBody.js';
import { buildCover } from './buildCover.js';
import { buildCriteria } from './buildCriteria.js';
import { buildDiagnostics } from './buildDiagnostics.js';
import { buildEvaluation } from './buildEvaluation.js';
import { buildGates } from './buildGates.js';
import { buildIssues } from './buildIssues.js';
import { attachLintNotes, buildLint } from './buildLint.js';
import { buildMetrics } from './buildMetrics.js';
import { buildParts } from './buildParts.js';
import { buildRisks } from './buildRisks.js';
import { buildSteps } from './buildSteps.js';
import { buildToc } from './buildToc.js';
import { createSourceLinker } from './createSourceLinker.js';
import { titleOf } from './titleOf.js';
import type { ReportView } from './types.js';

export interface ReportViewOptions {
  readonly evaluation?: Evaluation;
  /** shown as "generated at"; never read from the clock */
  readonly timestamp?: string;
  /** render the report body (HTML); the markdown output does not need it */
  readonly body?: boolean;
  /** prefix of source links (`<base>#L42`); default: anchors of the same page */
  readonly linkBase?: string;
  /** lint findings (src/lint), shown at a glance and beside the sections they cite */
  readonly lint?: readonly LintFinding[];
}

/** The whole view of one report for the `report` page (pure, deterministic). */
export function buildReportView(report: Report, options: ReportViewOptions = {}): ReportView {
  const body = options.body === false ? { sections: [], anchors: undefined } : buildBody(report);
  const link = createSourceLinker(options.linkBase === undefined ? { anchors: body.anchors } : { base: options.linkBase });
  const gates = buildGates(report, link);
  const metrics = buildMetrics(report, link);
  const issues = buildIssues(report, link);
  const risks = buildRisks(report, link);
  const actions = buildActions(report, link);
  const steps = buildSteps(report, link);
  const criteria = buildCriteria(report, link);
  const evaluation = buildEvaluation(options.evaluation, link);
  const lint = buildLint(options.lint ?? [], link);
  const parts = buildParts({
    glance: true,
    lint: lint.total > 0,
    evaluation: evaluation !== null,
    gates: gates.length > 0,
    metrics: metrics.length > 0,
    issues: issues.items.length > 0,
    risks: risks.total > 0,
    actions: actions.length > 0,
    steps: steps.length > 0,
    criteria: criteria.total > 0,
    body: body.sections.length > 0,
  });
  const count = (state: string): number => gates.filter((g) => g.state === state).length;
  return {
    title: titleOf(report),
    timestamp: options.timestamp ?? null,
    parts,
    cover: buildCover(report, link),
    toc: buildToc(parts, body.sections),
    gates,
    gateSummary: { met: count('met'), notMet: count('not-met'), unknown: count('unknown'), total: gates.length },
    metrics,
    issues,
    risks,
    actions,
    steps,
    criteria,
    evaluation,
    body: attachLintNotes(body.sections, report, options.lint ?? []),
    diagnostics: buildDiagnostics(report, link),
    lint,
  };
}
