import { decodeReport } from '../io/decodeReport.js';
import type { CliIo } from './io.js';

/** The real outside world for `bin.ts`. */
export function nodeIo(signal: AbortSignal, stdin: AsyncIterable<unknown> = process.stdin): CliIo {
  return {
    cwd: process.cwd(),
    env: process.env,
    stdout: (text) => void process.stdout.write(text),
    stdoutBytes: (data) => void process.stdout.write(data),
    isTTY: process.stderr.isTTY,
    stderr: (text) => void process.stderr.write(text),
    readStdin: async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of stdin) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
      // the same rules as for files: invalid UTF-8, UTF-16 or binary is refused (exit 3), never turned into U+FFFD
      return decodeReport(Buffer.concat(chunks), '<stdin>');
    },
    signal,
  };
}
