import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { Theme } from '../../render/index.js';
import { type ReportResult, type ReportTask, runReportTask } from '../reportJob.js';

/** The worker module next to this one; only the built package has it as .js (tests run the .ts sources in-process). */
const WORKER_FILE = fileURLToPath(new URL('./reportWorker.js', import.meta.url));

export interface PoolOptions {
  /** threads wanted (null: one per core) */
  readonly workers: number | null;
  /** called as each report is done, in completion order */
  readonly onDone?: (task: ReportTask) => void;
  readonly signal?: AbortSignal;
}

/**
 * Parse and render reports across a pool of worker threads (tinypool), one
 * per core by default; results come back in task order. A single report, or
 * a run from the TypeScript sources, is done in this thread.
 */
export async function renderReports(tasks: readonly ReportTask[], theme: Theme, options: PoolOptions): Promise<ReportResult[]> {
  const threads = Math.min(options.workers ?? availableParallelism(), tasks.length);
  if (threads < 2 || !existsSync(WORKER_FILE)) {
    return tasks.map((task) => {
      const result = runReportTask(task, theme);
      options.onDone?.(task);
      return result;
    });
  }
  const { Tinypool } = await import('tinypool');
  const pool = new Tinypool({ filename: WORKER_FILE, minThreads: threads, maxThreads: threads });
  const stop = () => void pool.destroy();
  options.signal?.addEventListener('abort', stop, { once: true });
  try {
    return await Promise.all(
      tasks.map(async (task) => {
        const result = (await pool.run(task)) as ReportResult;
        options.onDone?.(task);
        return result;
      }),
    );
  } finally {
    options.signal?.removeEventListener('abort', stop);
    await pool.destroy();
  }
}
