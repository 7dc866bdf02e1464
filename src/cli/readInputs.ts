import { resolve } from 'node:path';
import { readReportFile } from '../io/readReportFile.js';
import { decodeReport } from '../io/decodeReport.js';
import type { CliIo } from './io.js';

export interface Input {
  /** the name to show in messages: the path as given, or <stdin> */
  readonly name: string;
  readonly text: string;
}

/** Read the named files (`-` is standard input); throws PhaseReportError on the first bad one. */
export async function readInput(name: string, io: CliIo, maxSizeMb: number): Promise<Input> {
  if (name === '-') {
    const text = await io.readStdin();
    return { name: '<stdin>', text: decodeReport(new TextEncoder().encode(text), '<stdin>') };
  }
  const text = await readReportFile(resolve(io.cwd, name), { maxBytes: maxSizeMb * 1024 * 1024, displayName: name });
  return { name, text };
}
