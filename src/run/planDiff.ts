import { diff, renderDiffHtml, renderDiffMarkdown } from '../diff/index.js';
import type { Theme } from '../render/index.js';
import { latestFindings } from './latestFindings.js';
import type { NamedReport } from './loadReports.js';
import { planDocument } from './planDocument.js';
import type { OutputPlan, RunContext } from './types.js';

/**
 * `diff`: what changed from `older` to `newer`, as `<older>--<newer>.diff.*`.
 * `reportLinks` names the HTML pages of the two reports when they are written
 * alongside (so cited lines link to them).
 */
export function planDiff(older: NamedReport, newer: NamedReport, theme: Theme, context: RunContext, reportLinks: { older?: string; newer?: string } = {}): OutputPlan {
  const change = diff(older.report, newer.report);
  const title = `Changes: ${older.report.meta.title?.value ?? older.name} → ${newer.report.meta.title?.value ?? newer.name}`;
  const { texts, pdfs, files } = planDocument(`${older.name}--${newer.name}.diff`, {
    title,
    html: () => renderDiffHtml(theme, change, reportLinks),
    md: () => renderDiffMarkdown(change, { onlyChanged: context.config.onlyChanged, ...(context.config.sourceUrl === null ? {} : { sourceUrl: context.config.sourceUrl }) }),
    json: () => change,
  }, context.config.formats);
  return { texts, pdfs, entries: [{ title, kind: 'diff', files }], failures: latestFindings(newer, older, context, change) };
}
