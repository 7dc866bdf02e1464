import { readdir, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { PhaseReportError } from '../errors.js';

/**
 * Files and folders as given → report files: a folder stands for the `*.md`
 * files directly inside it (README.md excepted), sorted by name.
 */
export async function expandInputs(names: readonly string[], cwd: string): Promise<string[]> {
  const files: string[] = [];
  for (const name of names) {
    const info = name === '-' ? null : await stat(resolve(cwd, name)).catch(() => null);
    if (!info?.isDirectory()) {
      files.push(name);
      continue;
    }
    const entries = await readdir(resolve(cwd, name), { withFileTypes: true });
    const reports = entries
      .filter((e) => e.isFile() && e.name.toLowerCase().endsWith('.md') && e.name.toLowerCase() !== 'readme.md')
      .map((e) => join(name, e.name))
      .sort();
    if (reports.length === 0) throw new PhaseReportError('input', 'holds no markdown reports (*.md)', { file: name });
    for (const r of reports) files.push(r);
  }
  return files;
}
