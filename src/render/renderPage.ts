import { PhaseReportError } from '../errors.js';
import { trustedHtml } from './html/trustedHtml.js';
import type { Theme } from './theme/types.js';

/** What every page view carries; the rest of the view is the page's own contract. */
export interface PageView {
  /** the document title (`<title>`) */
  readonly title: string;
}

/**
 * Render `pages/<page>.hbs` with `view`, then the theme's `layout.hbs` around it.
 *
 * Contract (for pages added by other modules: diff, history, index, ...):
 * - the page template receives `view` as its context, unchanged; strict mode:
 *   every field it names must exist in `view` (use null for "absent");
 * - the layout receives `{ title, page, css, content, view }`: `content` is the
 *   rendered page and `css` the theme CSS, both inserted as trusted HTML;
 * - values reach the HTML escaped; only SafeStrings made by
 *   html/trustedHtml.ts (sanitised markdown, inline SVG) go in raw.
 * Pure and deterministic. Throws PhaseReportError('template').
 */
export function renderPage(theme: Theme, page: string, view: PageView): string {
  const template = theme.pages.get(page);
  if (!template) {
    const known = [...theme.pages.keys()].sort().join(', ');
    throw new PhaseReportError('template', `the theme has no page "${page}" (pages/${page}.hbs); pages: ${known}`);
  }
  const content = template(view);
  const css = theme.css.replace(/<\/(style)/gi, '<\\/$1');
  return theme.layout({ title: view.title, page, css: trustedHtml(css), content: trustedHtml(content), view });
}
