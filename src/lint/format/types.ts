import type { LintFinding } from '../types.js';

/** The findings of one file, as the CLI and the formats see them. */
export interface FileFindings {
  /** the path as given on the command line (`-` for stdin) */
  readonly path: string;
  readonly findings: readonly LintFinding[];
}
