import type { Config } from '../config/configSchema.js';
import { evaluate, resolveRules } from '../evaluate/index.js';
import type { Report } from '../model/types.js';
import { parse } from '../parse/parse.js';
import type { Theme } from '../render/index.js';
import type { NamedReport } from './loadReports.js';
import { planDiff } from './planDiff.js';
import { planHistory } from './planHistory.js';
import { planNext } from './planNext.js';
import type { PlannedSequence } from './planSequences.js';
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

/** One sequence's history to plan, as planBuild plans it. */
export interface HistoryTask {
  readonly kind: 'history';
  readonly planned: PlannedSequence;
  readonly config: Config;
  readonly timestamp?: string;
}

/** A history planned: its outputs and the output names of its reports in history order. */
export interface HistoryResult {
  readonly plan: OutputPlan;
  readonly ordered: string[];
}

/** The next-update draft of a sequence's latest report, as planBuild plans it. */
export interface NextTask {
  readonly kind: 'next';
  readonly latest: NamedReport;
  readonly since: NamedReport | null;
  readonly config: Config;
  readonly timestamp?: string;
}

export type PoolTask = ReportTask | DiffTask | HistoryTask | NextTask;
export type PoolResult<T extends PoolTask> = T extends ReportTask ? ReportResult : T extends HistoryTask ? HistoryResult : OutputPlan;

function contextOf(task: PoolTask): RunContext {
  return { config: task.config, cwd: '/', env: {}, ...(task.timestamp === undefined ? {} : { timestamp: task.timestamp }) };
}

/** Run one task of the pool: parse and plan a report's outputs (as planRender does), or plan a diff, a history or a next draft. */
export function runPoolTask<T extends PoolTask>(task: T, theme: Theme): PoolResult<T>;
export function runPoolTask(task: PoolTask, theme: Theme): ReportResult | HistoryResult | OutputPlan {
  if (task.kind === 'diff') return planDiff(task.older, task.newer, theme, contextOf(task), task.links);
  if (task.kind === 'next') return planNext(task.latest, task.since, theme, contextOf(task));
  if (task.kind === 'history') {
    const { plan, ordered } = planHistory(task.planned, theme, contextOf(task));
    return { plan, ordered: ordered.map((r) => r.name) };
  }
  const report = parse(task.text, { path: task.input });
  const evaluation = evaluate(report, resolveRules({ rules: task.config.rules }));
  return { report, plan: planReport(task.name, report, evaluation, theme, contextOf(task)) };
}
