import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { Theme } from '../../render/index.js';
import { type PoolTask, type PoolResult, runPoolTask } from '../reportJob.js';

/** The worker module next to this one; only the built package has it as .js (tests run the .ts sources in-process). */
const WORKER_FILE = fileURLToPath(new URL('./reportWorker.js', import.meta.url));

export interface PoolOptions {
  /** threads wanted (null: one per core) */
  readonly workers: number | null;
  /** about how many tasks the pool will get: no more threads than that, and none for a few */
  readonly tasks: number;
  readonly signal?: AbortSignal;
}

/** Fewer tasks than this run in this thread: starting a worker (loading the parser and the theme) costs more. */
const MIN_TASKS_FOR_THREADS = 4;

/** Parse/render jobs run on worker threads, or in this thread. */
export interface Pool {
  run<T extends PoolTask>(task: T): Promise<PoolResult<T>>;
  close(): Promise<void>;
}

/**
 * A pool of worker threads (tinypool), one per core by default, for parsing
 * and rendering reports and diffs. With one task or one core, or from the
 * TypeScript sources (tests), jobs run in this thread.
 */
export async function openPool(theme: Theme, options: PoolOptions): Promise<Pool> {
  const threads = Math.min(options.workers ?? availableParallelism(), options.tasks);
  if (threads < 2 || options.tasks < MIN_TASKS_FOR_THREADS || !existsSync(WORKER_FILE)) {
    return { run: inThread(theme), close: async () => undefined };
  }
  const { Tinypool } = await import('tinypool');
  let pool: InstanceType<typeof Tinypool> | undefined;
  const stop = () => void pool?.destroy();
  options.signal?.addEventListener('abort', stop, { once: true });
  return {
    run: async <T extends PoolTask>(task: T) => {
      // started on first use: a build that finds everything in the cache starts no thread
      pool ??= new Tinypool({ filename: WORKER_FILE, minThreads: threads, maxThreads: threads });
      return (await pool.run(task)) as PoolResult<T>;
    },
    close: async () => {
      options.signal?.removeEventListener('abort', stop);
      await pool?.destroy();
    },
  };
}

/**
 * Tasks run in this thread one at a time, each after a full turn of the
 * event loop (I/O included): a browser starting or printing meanwhile talks
 * to this thread over a pipe, and is heard between tasks rather than after
 * all of them.
 */
function inThread(theme: Theme): Pool['run'] {
  let previous: Promise<unknown> = Promise.resolve();
  return async (task) => {
    const turn = previous.then(async () => {
      await new Promise((done) => setImmediate(done));
      return runPoolTask(task, theme);
    });
    previous = turn.catch(() => undefined);
    return turn;
  };
}
