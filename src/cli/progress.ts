import type { CliIo } from './io.js';

/** A one-line progress display for batches: counts, current file, ETA. */
export interface Progress {
  tick(file: string, done: number, total: number): void;
  /** clear the line */
  end(): void;
}

const SILENT: Progress = { tick: () => undefined, end: () => undefined };

/** A progress line on a terminal; silent when stderr is not a TTY or with --quiet. */
export function progressLine(io: CliIo, quiet: boolean, now: () => number = Date.now): Progress {
  if (quiet || io.isTTY !== true) return SILENT;
  const started = now();
  let shown = false;
  return {
    tick(file, done, total) {
      const elapsed = now() - started;
      const eta = done > 0 && done < total ? ` ETA ${Math.ceil(((elapsed / done) * (total - done)) / 1000)}s` : '';
      const line = `[${done}/${total}] ${file}${eta}`;
      io.stderr(`\r\u001b[2K${line.length > 100 ? `${line.slice(0, 97)}...` : line}`);
      shown = true;
    },
    end() {
      if (shown) io.stderr('\r\u001b[2K');
    },
  };
}
