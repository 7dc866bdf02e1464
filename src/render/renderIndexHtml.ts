import { renderPage } from './renderPage.js';
import type { Theme } from './theme/types.js';
import { buildIndexView, type IndexEntry, type IndexOrder } from './view/buildIndexView.js';

export interface RenderIndexOptions {
  /** page title (default "phase-report outputs") */
  readonly title?: string;
  /** shown as the generation time; never read from the clock */
  readonly timestamp?: string;
  /** the order each sequence's reports were placed in, and why (build) */
  readonly orders?: readonly IndexOrder[];
}

/** index.html linking every output of a run (`pages/index.hbs`). Pure and deterministic. */
export function renderIndexHtml(theme: Theme, entries: readonly IndexEntry[], options: RenderIndexOptions = {}): string {
  return renderPage(theme, 'index', buildIndexView(entries, options));
}
