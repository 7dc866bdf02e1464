/**
 * Rendering: reports to HTML (handlebars themes) and GitHub markdown.
 *
 * - loadTheme(dir?)            the I/O edge: bundled templates/ + a user folder overlay
 * - createTheme(defaults, overrides)   the same from files in memory (pure)
 * - renderPage(theme, page, view)      any page (report, index, diff, history, ...) in the layout
 * - renderReportHtml(report, theme, { evaluation?, timestamp? })
 * - renderReportMarkdown(report, { evaluation?, linkBase? })
 * - renderIndexHtml(theme, entries, { title?, timestamp?, orders? })
 * - markdownToHtml(markdown, { firstLine?, idPrefix? })   sanitised fragments for other pages
 * - trustedHtml / escapeHtml           for view builders of other pages that build markup
 */
export { loadTheme } from './theme/loadTheme.js';
export { createTheme } from './theme/createTheme.js';
export { readThemeDir } from './theme/readThemeDir.js';
export type { Theme, ThemeFile, CompiledTemplate } from './theme/types.js';
export { renderPage, type PageView } from './renderPage.js';
export { renderReportHtml, type RenderReportOptions } from './renderReportHtml.js';
export { renderReportMarkdown, type RenderMarkdownOptions } from './renderReportMarkdown.js';
export { renderIndexHtml, type RenderIndexOptions } from './renderIndexHtml.js';
export type { IndexEntry, IndexView } from './view/buildIndexView.js';
export { buildReportView, type ReportViewOptions } from './view/buildReportView.js';
export type * from './view/types.js';
export { markdownToHtml, type MarkdownHtml, type MarkdownToHtmlOptions } from './markdown/markdownToHtml.js';
export { createSourceLinker, type SourceLinker } from './view/createSourceLinker.js';
export { trustedHtml } from './html/trustedHtml.js';
export { escapeHtml } from './html/escapeHtml.js';
export { HELPERS } from './helpers/registerHelpers.js';
