import { loadTheme } from '../../render/index.js';
import { loadReports } from '../../run/loadReports.js';
import { planHistories } from '../../run/planHistory.js';
import { expandInputs } from '../expandInputs.js';
import { runCache } from '../../run/cache/buildCache.js';
import { finishRun } from '../finishRun.js';
import type { CliIo } from '../io.js';
import { readInput } from '../readInputs.js';
import { type OutputFlags, runContext } from '../runContext.js';
import { VERSION } from '../version.js';

/** `phase-report history <files or folder...>`: metric series, issue lifetimes, risk levels, verdicts. */
export async function historyCommand(names: string[], flags: OutputFlags, io: CliIo): Promise<number> {
  const context = await runContext(flags, io, ['html']);
  const inputs = [];
  for (const file of await expandInputs(names, io.cwd)) inputs.push(await readInput(file, io, context.config.maxSize));
  const theme = await loadTheme(context.config.templates ?? undefined);
  const { plan, sequences } = planHistories(loadReports(inputs), theme, context);
  for (const { history } of sequences) {
    const label = sequences.length > 1 ? `sequence "${history.sequence.name}" (${history.reports.length} reports, grouped by ${history.sequence.rule}): ` : '';
    if (flags.quiet !== true) io.stderr(`${label}order: ${history.order.reason}\n`);
  }
  return finishRun(plan, context, io, { quiet: flags.quiet, json: flags.json, cache: runCache(context), version: VERSION });
}
