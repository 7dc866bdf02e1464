import type { CliIo } from './io.js';

/** The real outside world for `bin.ts`. */
export function nodeIo(signal: AbortSignal): CliIo {
  return {
    cwd: process.cwd(),
    env: process.env,
    stdout: (text) => void process.stdout.write(text),
    stdoutBytes: (data) => void process.stdout.write(data),
    isTTY: process.stderr.isTTY,
    stderr: (text) => void process.stderr.write(text),
    readStdin: async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
      return Buffer.concat(chunks).toString('utf8');
    },
    signal,
  };
}
