import { resolve } from 'node:path';
import { PhaseReportError } from '../errors.js';
import { buildOnce } from './commands/buildCommand.js';
import type { CliIo } from './io.js';
import { type OutputFlags, runContext } from './runContext.js';

/** Time to let a burst of saves settle before rebuilding. */
const SETTLE_MS = 150;

/**
 * `build --watch`: build, then rebuild whenever a report, the config file or
 * a template changes (the cache makes that a rebuild of what changed), until
 * Ctrl-C. A failed rebuild prints its message and waits for the next change.
 * `onBuilt` is told after each build (serve reloads the page then).
 */
export async function watchBuild(names: string[], flags: OutputFlags, io: CliIo, onBuilt: () => void = () => undefined): Promise<number> {
  const once = async () => {
    try {
      const context = await runContext(flags, io, ['html', 'pdf']);
      const code = await buildOnce(names, flags, context, io);
      onBuilt();
      return { code, watched: [context.configFile ?? null, context.config.templates].filter((p): p is string => p !== null) };
    } catch (error) {
      if (!(error instanceof PhaseReportError)) throw error;
      io.stderr(`phase-report: ${error.format()}\n`);
      return { code: error.exitCode, watched: [] };
    }
  };
  let last = await once();
  const { watch } = await import('chokidar');
  const watcher = watch([...names.map((n) => resolve(io.cwd, n)), ...last.watched], { ignoreInitial: true });
  // changes are seen only once the first scan is done: say "watching" then, not before
  await new Promise<void>((ready) => watcher.once('ready', () => ready()));
  if (flags.quiet !== true) io.stderr('watching for changes (Ctrl-C to stop)\n');
  let timer: NodeJS.Timeout | undefined;
  let running = Promise.resolve();
  watcher.on('all', (_event, path) => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      running = running.then(async () => {
        if (flags.quiet !== true) io.stderr(`changed: ${path}\n`);
        last = await once();
        watcher.add(last.watched);
      });
    }, SETTLE_MS);
  });
  await new Promise<void>((done) => (io.signal.aborted ? done() : io.signal.addEventListener('abort', () => done(), { once: true })));
  clearTimeout(timer);
  await watcher.close();
  await running;
  return last.code;
}
