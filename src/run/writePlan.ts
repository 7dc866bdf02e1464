import { resolve } from 'node:path';
import type { Config } from '../config/configSchema.js';
import { PhaseReportError } from '../errors.js';
import { writeFileAtomic } from '../io/writeFileAtomic.js';
import { assertDistinctOutputs } from './distinctOutputs.js';
import type { OutputPlan, RunContext } from './types.js';

export interface WrittenPlan {
  /** absolute paths of every file written, in order */
  readonly files: string[];
  readonly browserLaunches: number;
  /** PDFs that could not be printed (absolute path and why); the rest were written */
  readonly failures: ReadonlyArray<{ readonly file: string; readonly reason: string }>;
}

/**
 * Write a plan: text files atomically, then every PDF through one browser.
 * The PDF stage (and so puppeteer) is loaded only when the plan has PDFs.
 */
export async function writePlan(plan: OutputPlan, context: RunContext): Promise<WrittenPlan> {
  assertDistinctOutputs(plan);
  const out = resolve(context.cwd, context.config.out);
  const files: string[] = [];
  for (const text of plan.texts) {
    stopIfAborted(context.signal, files.length);
    const path = resolve(out, text.path);
    await writeFileAtomic(path, text.content);
    files.push(path);
  }
  if (plan.pdfs.length === 0) return { files, browserLaunches: 0, failures: [] };
  stopIfAborted(context.signal, files.length);
  const { printPdfs } = await import('../pdf/index.js');
  const result = await printPdfs(
    plan.pdfs.map((p) => ({ html: p.html, title: p.title, outPath: resolve(out, p.path) })),
    pdfOptions(context.config, context),
  );
  for (const r of result.results) files.push(r.outPath);
  const failures = result.failures.map((f) => ({ file: f.outPath, reason: f.reason }));
  return { files, browserLaunches: result.browserLaunches, failures };
}

/** Ctrl-C / SIGTERM: no file is started after the signal. */
function stopIfAborted(signal: AbortSignal | undefined, written: number): void {
  if (signal?.aborted !== true) return;
  throw new PhaseReportError('output', `stopped by a signal: ${written} files were written before it, none after`, { cause: signal.reason });
}

function pdfOptions(config: Config, context: RunContext) {
  return {
    concurrency: config.concurrency,
    pageSize: config.pageSize,
    timeoutMs: config.timeout * 1000,
    env: { ...context.env },
    ...(config.browser === null ? {} : { executablePath: resolve(context.cwd, config.browser) }),
    ...(context.signal ? { signal: context.signal } : {}),
  };
}
