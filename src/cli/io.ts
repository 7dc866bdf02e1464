/** What a CLI run may touch of the outside world; injected so tests run the CLI in-process. */
export interface CliIo {
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  stdout(text: string): void;
  stderr(text: string): void;
  readStdin(): Promise<string>;
  /** aborted on Ctrl-C / SIGTERM: the PDF stage closes its browser and stops */
  readonly signal: AbortSignal;
}
