/** What a CLI run may touch of the outside world; injected so tests run the CLI in-process. */
export interface CliIo {
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  stdout(text: string): void;
  /** bytes to stdout (`-o -` with a PDF); absent where only text is captured */
  stdoutBytes?(data: Uint8Array): void;
  /** stderr is a terminal: show a progress line */
  readonly isTTY?: boolean;
  stderr(text: string): void;
  readStdin(): Promise<string>;
  /** aborted on Ctrl-C / SIGTERM: the PDF stage closes its browser and stops */
  readonly signal: AbortSignal;
}
