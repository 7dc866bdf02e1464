import { basename, dirname, extname } from 'node:path';
import { trimEndOf, trimStartOf } from '../util/textRuns.js';
import { DERIVED_SUFFIXES, RESERVED_NAMES } from './policy/reservedNames.js';

/**
 * The base name of a report's outputs: the file name without extension, or
 * the folder's name for `<case>/input.md`; `stdin` for standard input. Names
 * already taken (without case), reserved for the run's own outputs (index,
 * history) or ending like a derived name (`.evaluation`, `.next`, `.diff`)
 * get `-2`, `-3`, ... in input order, so no output overwrites another.
 */
export function outputName(inputName: string, taken: Set<string>): string {
  const file = basename(inputName, extname(inputName));
  const raw = inputName === '<stdin>' ? 'stdin' : file === 'input' ? basename(dirname(inputName)) || file : file;
  const base = trimEndOf(trimStartOf(raw.replace(/[^\w.-]+/g, '-'), '-.'), '-') || 'report';
  let name = base;
  for (let n = 2; isTaken(name, taken); n++) name = `${base}-${n}`;
  taken.add(name.toLowerCase());
  return name;
}

function isTaken(name: string, taken: Set<string>): boolean {
  const lower = name.toLowerCase();
  return taken.has(lower) || RESERVED_NAMES.includes(lower) || DERIVED_SUFFIXES.some((suffix) => lower.endsWith(suffix));
}
