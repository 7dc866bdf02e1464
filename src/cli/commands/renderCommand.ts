import { loadTheme } from '../../render/index.js';
import { loadReports } from '../../run/loadReports.js';
import { planRender } from '../../run/planRender.js';
import { expandInputs } from '../expandInputs.js';
import { runCache } from '../../run/cache/buildCache.js';
import { finishRun } from '../finishRun.js';
import type { CliIo } from '../io.js';
import { readInput } from '../readInputs.js';
import { type OutputFlags, runContext } from '../runContext.js';
import { VERSION } from '../version.js';

/** `phase-report render <file...>`: each report as HTML, PDF, markdown and/or JSON. */
export async function renderCommand(files: string[], flags: OutputFlags, io: CliIo): Promise<number> {
  const context = await runContext(flags, io, ['html']);
  const inputs = [];
  for (const file of await expandInputs(files, io.cwd)) inputs.push(await readInput(file, io, context.config.maxSize));
  const theme = await loadTheme(context.config.templates ?? undefined);
  return finishRun(planRender(loadReports(inputs), theme, context), context, io, { quiet: flags.quiet, json: flags.json, cache: runCache(context), version: VERSION });
}
