/** phase-report library API. Every stage is a function of plain typed data. */
export { parse, type ParseOptions } from './parse/parse.js';
export { jsonSchema } from './model/jsonSchema.js';
export { validateReport } from './model/validateReport.js';
export * as schema from './model/schema.js';
export type * from './model/types.js';
export type { Evaluation, Decision, RuleResult } from './model/evaluation.js';
export { PhaseReportError, EXIT_CODES, type ErrorCode } from './errors.js';
export { summarize, type Summary } from './summary/summarize.js';
export { diff, type PhaseDiff } from './diff/index.js';
export { history, type History } from './history/index.js';
export { evaluate, resolveRules, DEFAULT_RULES } from './evaluate/index.js';
export { nextUpdate, type NextUpdateOptions } from './next/index.js';
export { loadTheme, createTheme, renderPage, renderReportHtml, renderReportMarkdown, renderIndexHtml, type Theme } from './render/index.js';
export { findBrowser, withBrowser, printPdf, printPdfs, type PdfJob } from './pdf/index.js';
export { readReportFile } from './io/readReportFile.js';
export { writeFileAtomic } from './io/writeFileAtomic.js';
export { lint, countBySeverity, LINT_RULES, statedVerdicts, formatText as formatLintText, formatJson as formatLintJson, formatSarif, type LintFinding, type LintRule, type LintSettings, type FileFindings } from './lint/index.js';
