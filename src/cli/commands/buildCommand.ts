import { loadTheme } from '../../render/index.js';
import { loadReports } from '../../run/loadReports.js';
import { planBuild } from '../../run/planBuild.js';
import { planSequences } from '../../run/planSequences.js';
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
  const reports = loadReports(inputs);
  const sequences = planSequences(reports, context.config);
  if (sequences.length > 1) {
    io.stderr(`phase-report: ${reports.length} reports form ${sequences.length} sequences; diffs and histories stay within each:\n`);
    for (const s of sequences) io.stderr(`  ${s.sequence.name} (${s.reports.length} report${s.reports.length === 1 ? '' : 's'}, by ${s.sequence.rule})\n`);
  }
  return finishRun(planBuild(reports, theme, context), context, io);
}
