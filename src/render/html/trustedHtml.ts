import Handlebars from 'handlebars';

/**
 * THE one place where a string becomes HTML that templates insert without
 * escaping. Audited call sites, and only these:
 * - markdown/markdownToHtml.ts: report markdown after rehype-sanitize;
 * - svg/*.ts and helpers that build markup: every data value in it is passed
 *   through escapeHtml first;
 * - renderPage.ts: the page already rendered by the theme (its data escaped by
 *   handlebars), and the theme's own CSS.
 * Everything else reaches templates as plain data and is escaped by `{{ }}`.
 */
export function trustedHtml(html: string): Handlebars.SafeString {
  return new Handlebars.SafeString(html);
}
