import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { EXIT_CODES, PhaseReportError } from '../errors.js';
import type { Manifest } from '../run/manifest.js';
import type { SequenceOrder } from '../run/sequenceOrders.js';
import type { OutputPlan, RunContext } from '../run/types.js';
import { type WriteOptions, writePlan } from '../run/writePlan.js';
import type { CliIo } from './io.js';

/** How the run reports what it did. */
export interface FinishOptions extends WriteOptions {
  /** no list of files written */
  readonly quiet?: boolean | undefined;
  /** the manifest as JSON on stdout */
  readonly json?: boolean | undefined;
  /** the order each sequence's reports were placed in, for the manifest (build) */
  readonly sequences?: readonly SequenceOrder[];
}

/** `-o -`: the output folder that means "stream the one output to stdout". */
export const STDOUT_OUT = '-';

/**
 * Write the plan (or stream its single output with `-o -`), list what was
 * written on stderr (not with --quiet), print the manifest with --json, and
 * exit 1 if a --fail-on rule fired.
 */
export async function finishRun(plan: OutputPlan, context: RunContext, io: CliIo, options: FinishOptions = {}): Promise<number> {
  if (context.config.out === STDOUT_OUT) return streamSingle(plan, context, io);
  const written = await writePlan(plan, context, options);
  if (options.quiet !== true) for (const file of written.files) io.stderr(`wrote ${relative(io.cwd, file) || file}\n`);
  for (const failure of plan.failures) io.stderr(`phase-report: --fail-on ${failure}\n`);
  for (const failed of written.failures) io.stderr(`phase-report: ${relative(io.cwd, failed.file) || failed.file}: ${failed.reason}\n`);
  if (options.json === true) {
    const manifest: Manifest = { outputs: written.outputs, failures: plan.failures, ...(options.sequences ? { sequences: options.sequences } : {}) };
    io.stdout(`${JSON.stringify(manifest, null, 2)}\n`);
  }
  if (written.failures.length > 0) {
    io.stderr(`phase-report: ${written.failures.length} of ${plan.pdfs.length} PDFs failed (listed above); the other outputs were written\n`);
    return EXIT_CODES.render;
  }
  return plan.failures.length > 0 ? 1 : 0;
}

/** `-o -`: exactly one output, written to stdout (a PDF is printed to a temporary folder first). */
async function streamSingle(plan: OutputPlan, context: RunContext, io: CliIo): Promise<number> {
  const count = plan.texts.length + plan.pdfs.length;
  const [text] = plan.texts;
  if (count !== 1) {
    const names = [...plan.texts, ...plan.pdfs].map((o) => o.path).join(', ');
    throw new PhaseReportError('usage', `-o - streams one output to stdout, but this run has ${count} (${names}); pick one format with -f and one report`);
  }
  if (text) io.stdout(text.content);
  else {
    if (!io.stdoutBytes) throw new PhaseReportError('usage', '-o - cannot stream a PDF here');
    const dir = await mkdtemp(join(tmpdir(), 'phase-report-'));
    try {
      const written = await writePlan(plan, { ...context, config: { ...context.config, out: dir } });
      const [failed] = written.failures;
      if (failed) throw new PhaseReportError('render', `printing to PDF failed: ${failed.reason}`);
      for (const file of written.files) io.stdoutBytes(await readFile(file));
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }
  for (const failure of plan.failures) io.stderr(`phase-report: --fail-on ${failure}\n`);
  return plan.failures.length > 0 ? 1 : 0;
}
