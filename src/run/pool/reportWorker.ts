import { loadTheme, type Theme } from '../../render/index.js';
import { type PoolTask, type PoolResult, runPoolTask } from '../reportJob.js';

/** The worker's themes by folder, loaded once per worker thread (each thread has its own module). */
const themes = new Map<string, Promise<Theme>>();

/** Tinypool entry point: parse and render one report, or plan one diff, in a worker thread. */
export default async function reportWorker<T extends PoolTask>(task: T): Promise<PoolResult<T>> {
  const dir = task.config.templates ?? '';
  let theme = themes.get(dir);
  if (theme === undefined) {
    theme = loadTheme(task.config.templates ?? undefined);
    themes.set(dir, theme);
  }
  return runPoolTask(task, await theme);
}
