import { relative } from 'node:path';
import { EXIT_CODES } from '../errors.js';
import type { OutputPlan, RunContext } from '../run/types.js';
import { writePlan } from '../run/writePlan.js';
import type { CliIo } from './io.js';

/**
 * Write the plan, list what was written on stderr, then each PDF that could
 * not be printed (exit 6), and exit 1 if a --fail-on rule fired.
 */
export async function finishRun(plan: OutputPlan, context: RunContext, io: CliIo): Promise<number> {
  const written = await writePlan(plan, context);
  for (const file of written.files) io.stderr(`wrote ${relative(io.cwd, file) || file}\n`);
  for (const failure of plan.failures) io.stderr(`phase-report: --fail-on ${failure}\n`);
  for (const failed of written.failures) io.stderr(`phase-report: ${relative(io.cwd, failed.file) || failed.file}: ${failed.reason}\n`);
  if (written.failures.length > 0) {
    io.stderr(`phase-report: ${written.failures.length} of ${plan.pdfs.length} PDFs failed (listed above); the other outputs were written\n`);
    return EXIT_CODES.render;
  }
  return plan.failures.length > 0 ? 1 : 0;
}
