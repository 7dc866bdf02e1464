import type { History } from '../../model/historySchema.js';
import { renderPage } from '../../render/renderPage.js';
import type { Theme } from '../../render/theme/types.js';
import { buildHistoryView } from './buildHistoryView.js';

/**
 * The history as a self-contained HTML page (`pages/history.hbs` in the
 * theme's layout): verdicts over time, metric series with inline SVG trend
 * lines, issue lifetimes and risk levels. Pure and deterministic.
 */
export function renderHistoryHtml(theme: Theme, history: History): string {
  return renderPage(theme, 'history', buildHistoryView(history));
}
