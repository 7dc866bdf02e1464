import { loadTheme } from '../../render/index.js';
import { loadReports } from '../../run/loadReports.js';
import { planNext } from '../../run/planNext.js';
import { runCache } from '../../run/cache/buildCache.js';
import { finishRun } from '../finishRun.js';
import type { CliIo } from '../io.js';
import { readInput } from '../readInputs.js';
import { type OutputFlags, runContext } from '../runContext.js';
import { VERSION } from '../version.js';

/** `phase-report next <report> [--since <older>]`: the draft of the next update. */
export async function nextCommand(file: string, flags: OutputFlags, io: CliIo): Promise<number> {
  const context = await runContext(flags, io, ['md']);
  const latestInput = await readInput(file, io, context.config.maxSize);
  const sinceInput = flags.since === undefined ? null : await readInput(flags.since, io, context.config.maxSize);
  const [latest, since] = loadReports(sinceInput ? [latestInput, sinceInput] : [latestInput]);
  if (!latest) return 0;
  const theme = await loadTheme(context.config.templates ?? undefined);
  return finishRun(planNext(latest, since ?? null, theme, context), context, io, { quiet: flags.quiet, json: flags.json, cache: runCache(context), version: VERSION });
}
