import { relative } from 'node:path';
import type { OutputPlan, RunContext } from '../run/types.js';
import { writePlan } from '../run/writePlan.js';
import type { CliIo } from './io.js';

/** Write the plan, list what was written on stderr, and exit 1 if a --fail-on rule fired. */
export async function finishRun(plan: OutputPlan, context: RunContext, io: CliIo): Promise<number> {
  const written = await writePlan(plan, context);
  for (const file of written.files) io.stderr(`wrote ${relative(io.cwd, file) || file}\n`);
  for (const failure of plan.failures) io.stderr(`phase-report: --fail-on ${failure}\n`);
  return plan.failures.length > 0 ? 1 : 0;
}
