import { loadTheme } from '../../render/index.js';
import { loadReports } from '../../run/loadReports.js';
import { planBuild } from '../../run/planBuild.js';
import { expandInputs } from '../expandInputs.js';
import { finishRun } from '../finishRun.js';
import type { CliIo } from '../io.js';
import { readInput } from '../readInputs.js';
import { type OutputFlags, runContext } from '../runContext.js';

/** `phase-report build <folder or files...>`: the main job (reports, diffs, history, next, index.html). */
export async function buildCommand(names: string[], flags: OutputFlags, io: CliIo): Promise<number> {
  const context = await runContext(flags, io, ['html', 'pdf']);
  const inputs = [];
  for (const file of await expandInputs(names, io.cwd)) inputs.push(await readInput(file, io, context.config.maxSize));
  const theme = await loadTheme(context.config.templates ?? undefined);
  return finishRun(planBuild(loadReports(inputs), theme, context), context, io);
}
