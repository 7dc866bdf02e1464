import type { PhaseDiff } from '../../model/diffSchema.js';
import { renderPage } from '../../render/renderPage.js';
import type { Theme } from '../../render/theme/types.js';
import { buildDiffView, type DiffLinks } from './buildDiffView.js';

/**
 * The diff as a self-contained HTML page (`pages/diff.hbs` in the theme's
 * layout). `links` gives where each report's lines open (`<base>#L<line>`),
 * e.g. the reports' own HTML pages. Pure and deterministic.
 */
export function renderDiffHtml(theme: Theme, diff: PhaseDiff, links: DiffLinks = {}): string {
  return renderPage(theme, 'diff', buildDiffView(diff, links));
}
