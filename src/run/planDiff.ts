import { diff, renderDiffHtml, renderDiffMarkdown } from '../diff/index.js';
import { evaluate, resolveRules } from '../evaluate/index.js';
import type { Theme } from '../render/index.js';
import { failFindings } from './failRules.js';
import type { NamedReport } from './loadReports.js';
import { type OutputPlan, type RunContext, emptyPlan } from './types.js';

/**
 * `diff`: what changed from `older` to `newer`, as `<older>--<newer>.diff.*`.
 * `reportLinks` names the HTML pages of the two reports when they are written
 * alongside (so cited lines link to them).
 */
export function planDiff(older: NamedReport, newer: NamedReport, theme: Theme, context: RunContext, reportLinks: { older?: string; newer?: string } = {}): OutputPlan {
  const change = diff(older.report, newer.report);
  const name = `${older.name}--${newer.name}.diff`;
  const formats = new Set(context.config.formats);
  const plan = emptyPlan();
  const files: Record<string, string> = {};
  const title = `${older.report.meta.title?.value ?? older.name} → ${newer.report.meta.title?.value ?? newer.name}`;
  if (formats.has('html') || formats.has('pdf')) {
    const html = renderDiffHtml(theme, change, reportLinks);
    if (formats.has('html')) plan.texts.push({ path: (files.html = `${name}.html`), content: html });
    if (formats.has('pdf')) plan.pdfs.push({ path: (files.pdf = `${name}.pdf`), html, title: `Changes: ${title}` });
  }
  if (formats.has('md')) plan.texts.push({ path: (files.md = `${name}.md`), content: renderDiffMarkdown(change) });
  if (formats.has('json')) plan.texts.push({ path: (files.json = `${name}.json`), content: `${JSON.stringify(change, null, 2)}\n` });
  plan.entries.push({ title: `Changes: ${title}`, kind: 'diff', files });
  const evaluation = context.config.failOn.includes('no-go') ? evaluate(newer.report, resolveRules({ rules: context.config.rules })) : null;
  for (const f of failFindings(context.config.failOn, { diff: change, evaluation, label: `${older.input} -> ${newer.input}` })) plan.failures.push(f);
  return plan;
}
