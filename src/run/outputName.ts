import { basename, dirname, extname } from 'node:path';
import { trimEndOf, trimStartOf } from '../util/textRuns.js';

/**
 * The base name of a report's outputs: the file name without extension, or
 * the folder's name for `<case>/input.md`; `stdin` for standard input. Names
 * already taken get `-2`, `-3`, ... in input order.
 */
export function outputName(inputName: string, taken: Set<string>): string {
  const file = basename(inputName, extname(inputName));
  const raw = inputName === '<stdin>' ? 'stdin' : file === 'input' ? basename(dirname(inputName)) || file : file;
  const base = trimEndOf(trimStartOf(raw.replace(/[^\w.-]+/g, '-'), '-.'), '-') || 'report';
  let name = base;
  for (let n = 2; taken.has(name); n++) name = `${base}-${n}`;
  taken.add(name);
  return name;
}
