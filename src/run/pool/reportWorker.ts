import { loadTheme, type Theme } from '../../render/index.js';
import { type ReportResult, type ReportTask, runReportTask } from '../reportJob.js';

/** The worker's themes by folder, loaded once per worker thread (each thread has its own module). */
const themes = new Map<string, Promise<Theme>>();

/** Tinypool entry point: parse and render one report in a worker thread. */
export default async function reportWorker(task: ReportTask): Promise<ReportResult> {
  const dir = task.config.templates ?? '';
  let theme = themes.get(dir);
  if (theme === undefined) {
    theme = loadTheme(task.config.templates ?? undefined);
    themes.set(dir, theme);
  }
  return runReportTask(task, await theme);
}
