import type { Evaluation } from '../model/evaluation.js';
import type { Report } from '../model/types.js';
import { renderReportHtml, renderReportMarkdown, type Theme } from '../render/index.js';
import { failFindings } from './failRules.js';
import { type OutputPlan, type RunContext, emptyPlan } from './types.js';

/**
 * The outputs of one report in the configured formats: `<name>.html`, `.pdf`,
 * `.md`, `.json` (the model) and `.evaluation.json` (the go/no-go evaluation).
 */
export function planReport(name: string, report: Report, evaluation: Evaluation, theme: Theme, context: RunContext, kind: 'report' | 'next' = 'report'): OutputPlan {
  const plan = emptyPlan();
  const formats = new Set(context.config.formats);
  const stamp = context.timestamp === undefined ? {} : { timestamp: context.timestamp };
  const files: Record<string, string> = {};
  if (formats.has('html') || formats.has('pdf')) {
    const html = renderReportHtml(report, theme, { evaluation, ...stamp });
    if (formats.has('html')) plan.texts.push({ path: (files.html = `${name}.html`), content: html });
    if (formats.has('pdf')) plan.pdfs.push({ path: (files.pdf = `${name}.pdf`), html, title: report.meta.title?.value ?? name });
  }
  if (formats.has('md')) plan.texts.push({ path: (files.md = `${name}.md`), content: renderReportMarkdown(report, { evaluation }) });
  if (formats.has('json')) {
    plan.texts.push({ path: (files.json = `${name}.json`), content: `${JSON.stringify(report, null, 2)}\n` });
    plan.texts.push({ path: `${name}.evaluation.json`, content: `${JSON.stringify(evaluation, null, 2)}\n` });
  }
  for (const f of failFindings(context.config.failOn, { diff: null, evaluation, label: report.source.path ?? name })) plan.failures.push(f);
  plan.entries.push({
    title: report.meta.title?.value ?? name,
    kind,
    files,
    ...(report.meta.phase ? { phase: report.meta.phase.label } : {}),
    decision: evaluation.decision,
  });
  return plan;
}
