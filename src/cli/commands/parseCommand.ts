import { DEFAULT_MAX_MB } from '../../io/readReportFile.js';
import { parse } from '../../parse/parse.js';
import { formatSummary } from '../../summary/formatSummary.js';
import { summarize } from '../../summary/summarize.js';
import type { CliIo } from '../io.js';
import { readInput } from '../readInputs.js';

export interface ParseFlags {
  pretty?: boolean;
  summary?: boolean;
  maxSize?: number;
}

/** `phase-report parse <file...>`: the model as JSON (an array for several files), or a digest. */
export async function parseCommand(files: string[], flags: ParseFlags, io: CliIo): Promise<number> {
  const reports = [];
  for (const name of files) {
    const input = await readInput(name, io, flags.maxSize ?? DEFAULT_MAX_MB);
    reports.push({ name: input.name, report: parse(input.text, { path: input.name }) });
  }
  if (flags.summary) {
    io.stdout(`${reports.map(({ name, report }) => formatSummary(name, summarize(report))).join('\n\n')}\n`);
    return 0;
  }
  const data = reports.length === 1 ? reports[0]?.report : reports.map((r) => r.report);
  io.stdout(`${JSON.stringify(data, null, flags.pretty ? 2 : undefined)}\n`);
  return 0;
}
