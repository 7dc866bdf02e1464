import type { Config } from '../config/configSchema.js';
import { evaluate, resolveRules } from '../evaluate/index.js';
import type { Report } from '../model/types.js';
import { parse } from '../parse/parse.js';
import type { Theme } from '../render/index.js';
import type { NamedReport } from './loadReports.js';
import { planDiff } from './planDiff.js';
import { planReport } from './planReport.js';
import type { OutputPlan, RunContext } from './types.js';

/** One report to parse and render: plain data, so it can cross to a worker thread. */
export interface ReportTask {
  readonly kind: 'report';
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

/** One diff to plan, as planBuild plans the diff of two consecutive reports. */
export interface DiffTask {
  readonly kind: 'diff';
  readonly older: NamedReport;
  readonly newer: NamedReport;
  readonly links: { older?: string; newer?: string };
  readonly config: Config;
  readonly timestamp?: string;
}

export type PoolTask = ReportTask | DiffTask;
export type PoolResult<T extends PoolTask> = T extends ReportTask ? ReportResult : OutputPlan;

function contextOf(task: PoolTask): RunContext {
  return { config: task.config, cwd: '/', env: {}, ...(task.timestamp === undefined ? {} : { timestamp: task.timestamp }) };
}

/** Run one task of the pool: parse and plan a report's outputs (as planRender does), or plan a diff. */
export function runPoolTask<T extends PoolTask>(task: T, theme: Theme): PoolResult<T>;
export function runPoolTask(task: PoolTask, theme: Theme): ReportResult | OutputPlan {
  if (task.kind === 'diff') return planDiff(task.older, task.newer, theme, contextOf(task), task.links);
  const report = parse(task.text, { path: task.input });
  const evaluation = evaluate(report, resolveRules({ rules: task.config.rules }));
  return { report, plan: planReport(task.name, report, evaluation, theme, contextOf(task)) };
}
