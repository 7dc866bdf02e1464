import { evaluate, resolveRules, type Rule } from '../evaluate/index.js';
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
  const draft = nextUpdate(latest.report, { evaluation: evaluate(latest.report, rules), ...(since ? { since: since.report } : {}) });
  const name = `${latest.name}.next`;
  const md = context.config.formats.includes('md') ? { md: `${name}.md` } : {};
  const rendition = renderDraft(draft, name, theme, rules, context);
  const entry = rendition.entries[0] ?? { title: `Next update of ${latest.report.meta.title?.value ?? latest.name}`, kind: 'next' as const, files: {} };
  return {
    texts: [...(md.md === undefined ? [] : [{ path: md.md, content: draft }]), ...rendition.texts],
    pdfs: rendition.pdfs,
    entries: [{ ...entry, files: { ...entry.files, ...md } }],
    failures: latestFindings(latest, since, context),
  };
}

/** The draft's HTML and PDF, when asked for, through the report template. */
function renderDraft(draft: string, name: string, theme: Theme, rules: Rule[], context: RunContext): OutputPlan {
  const formats = context.config.formats.filter((f) => f === 'html' || f === 'pdf');
  if (formats.length === 0) return emptyPlan();
  const report = parse(draft, { path: `${name}.md` });
  const config = { ...context.config, formats, failOn: [] };
  return planReport(name, report, evaluate(report, rules), theme, { ...context, config }, 'next');
}
