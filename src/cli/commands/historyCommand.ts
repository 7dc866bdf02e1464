import { loadTheme } from '../../render/index.js';
import { loadReports } from '../../run/loadReports.js';
import { planHistory } from '../../run/planHistory.js';
import { expandInputs } from '../expandInputs.js';
import { finishRun } from '../finishRun.js';
import type { CliIo } from '../io.js';
import { readInput } from '../readInputs.js';
import { type OutputFlags, runContext } from '../runContext.js';

/** `phase-report history <files or folder...>`: metric series, issue lifetimes, risk levels, verdicts. */
export async function historyCommand(names: string[], flags: OutputFlags, io: CliIo): Promise<number> {
  const context = await runContext(flags, io, ['html']);
  const inputs = [];
  for (const file of await expandInputs(names, io.cwd)) inputs.push(await readInput(file, io, context.config.maxSize));
  const theme = await loadTheme(context.config.templates ?? undefined);
  const { plan, history } = planHistory(loadReports(inputs), theme, context);
  io.stderr(`order: ${history.order.reason}\n`);
  return finishRun(plan, context, io, { quiet: flags.quiet, json: flags.json });
}
