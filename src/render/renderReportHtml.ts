import type { LintFinding } from '../lint/types.js';
import type { Evaluation } from '../model/evaluation.js';
import type { Report } from '../model/types.js';
import { renderPage } from './renderPage.js';
import type { Theme } from './theme/types.js';
import { buildReportView } from './view/buildReportView.js';

export interface RenderReportOptions {
  /** the go/no-go evaluation (src/evaluate), shown when given */
  readonly evaluation?: Evaluation;
  /** shown in the footer as the generation time; the renderer never reads the clock */
  readonly timestamp?: string;
  /** lint findings (src/lint), shown when given */
  readonly lint?: readonly LintFinding[];
}

/**
 * One report as a self-contained HTML page (`pages/report.hbs` of the theme):
 * inline CSS and SVG, no script, no request. Pure: the same report, theme and
 * options give byte-identical HTML. Throws PhaseReportError('template').
 */
export function renderReportHtml(report: Report, theme: Theme, options: RenderReportOptions = {}): string {
  const view = buildReportView(report, {
    ...(options.evaluation ? { evaluation: options.evaluation } : {}),
    ...(options.timestamp !== undefined ? { timestamp: options.timestamp } : {}),
    ...(options.lint ? { lint: options.lint } : {}),
  });
  return renderPage(theme, 'report', view);
}
