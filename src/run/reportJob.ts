import type { Config } from '../config/configSchema.js';
import { evaluate, resolveRules } from '../evaluate/index.js';
import type { Report } from '../model/types.js';
import { parse } from '../parse/parse.js';
import type { Theme } from '../render/index.js';
import { planReport } from './planReport.js';
import type { OutputPlan, RunContext } from './types.js';

/** One report to parse and render: plain data, so it can cross to a worker thread. */
export interface ReportTask {
  /** the input as named on the command line */
  readonly input: string;
  /** the base name of its outputs */
  readonly name: string;
  readonly text: string;
  readonly config: Config;
  readonly timestamp?: string;
}

/** A report parsed and rendered: its model and its outputs. */
export interface ReportResult {
  readonly report: Report;
  readonly plan: OutputPlan;
}

/** Parse one report and plan its outputs (what planRender does for each report). */
export function runReportTask(task: ReportTask, theme: Theme): ReportResult {
  const report = parse(task.text, { path: task.input });
  const context: RunContext = { config: task.config, cwd: '/', env: {}, ...(task.timestamp === undefined ? {} : { timestamp: task.timestamp }) };
  const evaluation = evaluate(report, resolveRules({ rules: task.config.rules }));
  return { report, plan: planReport(task.name, report, evaluation, theme, context) };
}
