import { lint } from '../lint/lint.js';
import type { Evaluation } from '../model/evaluation.js';
import type { Report } from '../model/types.js';
import { renderReportHtml, renderReportMarkdown, type Theme } from '../render/index.js';
import { failFindings } from './failRules.js';
import { planDocument } from './planDocument.js';
import type { OutputPlan, RunContext } from './types.js';

/**
 * The outputs of one report in the configured formats: `<name>.html`, `.pdf`,
 * `.md`, `.json` (the model) and `.evaluation.json` (the go/no-go evaluation).
 */
export function planReport(name: string, report: Report, evaluation: Evaluation, theme: Theme, context: RunContext, kind: 'report' | 'next' = 'report'): OutputPlan {
  const stamp = context.timestamp === undefined ? {} : { timestamp: context.timestamp };
  const title = report.meta.title?.value ?? name;
  const findings = kind === 'report' ? lint(report, context.config.lint.rules) : [];
  const { texts, pdfs, files } = planDocument(name, {
    title,
    html: () => renderReportHtml(report, theme, { evaluation, lint: findings, ...stamp }),
    md: () => renderReportMarkdown(report, { evaluation }),
    json: () => report,
  }, context.config.formats);
  if (files.json) texts.push({ path: `${name}.evaluation.json`, content: `${JSON.stringify(evaluation, null, 2)}\n` });
  const phase = report.meta.phase ? { phase: report.meta.phase.label } : {};
  return {
    texts,
    pdfs,
    entries: [{ title, kind, files, ...phase, decision: evaluation.decision }],
    failures: failFindings(context.config.failOn, { diff: null, evaluation, label: report.source.path ?? name, lint: findings }),
  };
}
