import { parse } from '../parse/parse.js';
import type { Report } from '../model/types.js';
import { outputName } from './outputName.js';

export interface NamedReport {
  /** the input as named on the command line */
  readonly input: string;
  /** the base name of its outputs */
  readonly name: string;
  readonly report: Report;
}

/** Parse read inputs, giving each a unique output name. */
export function loadReports(inputs: ReadonlyArray<{ name: string; text: string }>, taken = new Set<string>()): NamedReport[] {
  return inputs.map(({ name, text }) => ({ input: name, name: outputName(name, taken), report: parse(text, { path: name }) }));
}
