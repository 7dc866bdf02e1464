import { loadTheme } from '../../render/index.js';
import { loadReports } from '../../run/loadReports.js';
import { planDiff } from '../../run/planDiff.js';
import { runCache } from '../../run/cache/buildCache.js';
import { finishRun } from '../finishRun.js';
import type { CliIo } from '../io.js';
import { readInput } from '../readInputs.js';
import { type OutputFlags, runContext } from '../runContext.js';
import { VERSION } from '../version.js';

/** `phase-report diff <older> <newer>`: what changed between two reports. */
export async function diffCommand(olderFile: string, newerFile: string, flags: OutputFlags, io: CliIo): Promise<number> {
  const context = await runContext(flags, io, ['html']);
  const inputs = [await readInput(olderFile, io, context.config.maxSize), await readInput(newerFile, io, context.config.maxSize)];
  const [older, newer] = loadReports(inputs);
  if (!older || !newer) return 0;
  const theme = await loadTheme(context.config.templates ?? undefined);
  return finishRun(planDiff(older, newer, theme, context), context, io, { quiet: flags.quiet, json: flags.json, cache: runCache(context), version: VERSION });
}
