import { diff, renderDiffHtml, renderDiffMarkdown } from '../diff/index.js';
import { PR_COMMENT_LIMIT } from '../diff/render/renderDiffMarkdown.js';
import { lint } from '../lint/lint.js';
import { newFindingsMarkdown } from '../lint/newFindings.js';
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
    md: () => withLintBlock(older, newer, context, (limit) => renderDiffMarkdown(change, { limit })),
    json: () => change,
  }, context.config.formats);
  return { texts, pdfs, entries: [{ title, kind: 'diff', files }], failures: latestFindings(newer, older, context, change) };
}

/** The diff comment with the block of new lint findings after it, the whole within one PR comment. */
function withLintBlock(older: NamedReport, newer: NamedReport, context: RunContext, render: (limit: number) => string): string {
  const settings = context.config.lint.rules;
  const block = newFindingsMarkdown(lint(older.report, settings), lint(newer.report, settings));
  return `${render(PR_COMMENT_LIMIT - block.length - 1)}\n${block}`;
}
