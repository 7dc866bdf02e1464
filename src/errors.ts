/**
 * Typed errors of the library. The library throws these; only the CLI turns
 * them into messages and exit codes (documented in the README).
 */
export const EXIT_CODES = {
  ok: 0,
  /** the job ran but a rule fired: errors in `check`, `--fail-on` rules */
  failed: 1,
  /** bad command line or configuration */
  usage: 2,
  /** an input file cannot be read or decoded */
  input: 3,
  /** a template is broken or missing */
  template: 4,
  /** no browser could be found or started */
  browser: 5,
  /** rendering or printing failed or timed out */
  render: 6,
  /** an output cannot be written */
  output: 7,
} as const;

export type ErrorCode = Exclude<keyof typeof EXIT_CODES, 'ok' | 'failed'>;

export class PhaseReportError extends Error {
  readonly code: ErrorCode;
  /** the file the problem is in, when there is one */
  readonly file: string | undefined;
  /** 1-based line in that file, when known */
  readonly line: number | undefined;

  constructor(code: ErrorCode, message: string, options: { file?: string; line?: number; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'PhaseReportError';
    this.code = code;
    this.file = options.file;
    this.line = options.line;
  }

  get exitCode(): number {
    return EXIT_CODES[this.code];
  }

  /** `file:line: message`, or just the message. */
  format(): string {
    if (this.file === undefined) return this.message;
    return this.line === undefined ? `${this.file}: ${this.message}` : `${this.file}:${this.line}: ${this.message}`;
  }
}
