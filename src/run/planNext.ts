import { evaluate, resolveRules } from '../evaluate/index.js';
import { nextUpdate } from '../next/index.js';
import { parse } from '../parse/parse.js';
import type { Theme } from '../render/index.js';
import type { NamedReport } from './loadReports.js';
import { latestFindings } from './latestFindings.js';
import { planReport } from './planReport.js';
import { type OutputPlan, type RunContext, emptyPlan } from './types.js';

/**
 * `next`: the draft of the next update of `latest` as `<name>.next.md`, and,
 * as the draft is itself a report, its HTML and PDF through the report template.
 */
export function planNext(latest: NamedReport, since: NamedReport | null, theme: Theme, context: RunContext): OutputPlan {
  const rules = resolveRules({ rules: context.config.rules });
  const evaluation = evaluate(latest.report, rules);
  const draft = nextUpdate(latest.report, { evaluation, ...(since ? { since: since.report } : {}) });
  const name = `${latest.name}.next`;
  const formats = new Set(context.config.formats);
  const plan = emptyPlan();
  for (const f of latestFindings(latest, since, context)) plan.failures.push(f);
  if (formats.has('md')) plan.texts.push({ path: `${name}.md`, content: draft });
  const rendered = formats.has('html') || formats.has('pdf');
  if (!rendered) {
    plan.entries.push({ title: `Next update of ${latest.report.meta.title?.value ?? latest.name}`, kind: 'next', files: formats.has('md') ? { md: `${name}.md` } : {} });
    return plan;
  }
  const report = parse(draft, { path: `${name}.md` });
  const htmlContext = { ...context, config: { ...context.config, formats: context.config.formats.filter((f) => f === 'html' || f === 'pdf'), failOn: [] } };
  const rendition = planReport(name, report, evaluate(report, rules), theme, htmlContext, 'next');
  const entry = rendition.entries[0];
  return {
    texts: [...plan.texts, ...rendition.texts],
    pdfs: rendition.pdfs,
    entries: entry ? [{ ...entry, files: { ...entry.files, ...(formats.has('md') ? { md: `${name}.md` } : {}) } }] : [],
    failures: plan.failures,
  };
}
