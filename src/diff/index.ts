/** The phase-to-phase diff: what changed between two reports, and how to show it. */
export { diff } from './diff.js';
export { renderDiffMarkdown, PR_COMMENT_LIMIT, type DiffMarkdownOptions } from './render/renderDiffMarkdown.js';
export { renderDiffHtml } from './render/renderDiffHtml.js';
export { buildDiffView, type DiffView, type DiffLinks } from './render/buildDiffView.js';
export type * from '../model/diffSchema.js';
