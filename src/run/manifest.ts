import { extname } from 'node:path';
import type { NamedReport } from './loadReports.js';
import type { SequenceOrder } from './sequenceOrders.js';

/** One file of a run, as `--json` prints it. */
export interface ManifestEntry {
  /** html, pdf, md or json */
  readonly kind: string;
  /** absolute path */
  readonly path: string;
  /** the input(s) it comes from */
  readonly source: string;
  readonly bytes: number;
  /** rebuilt: produced by this run; cached: taken from the cache or already on disk */
  readonly status: 'rebuilt' | 'cached';
  /** false when the file on disk already held exactly these bytes */
  readonly written: boolean;
}

/** What `--json` prints on stdout. */
export interface Manifest {
  readonly outputs: ManifestEntry[];
  readonly failures: string[];
  /** build: each sequence's reports in the order used (diffs are between neighbours), and why */
  readonly sequences?: readonly SequenceOrder[];
}

export function kindOf(path: string): string {
  return extname(path).slice(1);
}

/**
 * The input(s) behind an output of `build`, from its name: `<report>.*` and
 * `<report>.next.*` come from that report, `<older>--<newer>.diff.*` from both,
 * history.* and index.html from all of them.
 */
export function sourceFinder(reports: readonly NamedReport[]): (path: string) => string {
  const byName = new Map(reports.map((r) => [r.name, r.input]));
  return (path) => {
    const diff = diffSides(path);
    if (diff) return `${byName.get(diff[0]) ?? diff[0]} -> ${byName.get(diff[1]) ?? diff[1]}`;
    const stem = path.replace(/(\.next)?(\.evaluation)?\.\w+$/, '');
    return byName.get(stem) ?? `${reports.length} reports`;
  };
}

/** `<older>--<newer>.diff.<ext>` → [older, newer]; null for any other name (indexOf, no backtracking). */
function diffSides(path: string): [string, string] | null {
  const at = path.lastIndexOf('.diff.');
  const split = at < 0 ? -1 : path.indexOf('--');
  if (split <= 0 || split + 2 >= at || !/^\w+$/.test(path.slice(at + 6))) return null;
  return [path.slice(0, split), path.slice(split + 2, at)];
}
