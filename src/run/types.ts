import type { Config } from '../config/configSchema.js';
import type { IndexEntry } from '../render/index.js';

/** A text file to write, relative to the output folder. */
export interface TextOutput {
  readonly path: string;
  readonly content: string;
}

/** An HTML document to print to PDF at `path` (relative to the output folder). */
export interface PdfOutput {
  readonly path: string;
  readonly html: string;
  readonly title: string;
}

/** Everything one job writes, decided before anything is written. */
export interface OutputPlan {
  readonly texts: TextOutput[];
  readonly pdfs: PdfOutput[];
  /** what index.html lists */
  readonly entries: IndexEntry[];
  /** rules of --fail-on that fired, with why */
  readonly failures: string[];
}

/** The settings a run needs beyond the plan itself. */
export interface RunContext {
  readonly config: Config;
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly signal?: AbortSignal;
  /** the config file read (absolute), null when none */
  readonly configFile?: string | null;
  /** the run's time, only when the user asked for timestamps */
  readonly timestamp?: string;
}

export function emptyPlan(): OutputPlan {
  return { texts: [], pdfs: [], entries: [], failures: [] };
}
