import { readdir, readFile } from 'node:fs/promises';
import { join, sep } from 'node:path';
import { PhaseReportError } from '../../errors.js';
import { THEME_LAYOUT } from '../policy/themeLayout.js';
import type { ThemeFile } from './types.js';

/**
 * Read the template (`.hbs`) and stylesheet (`.css`) files of a theme folder,
 * recursively, in name order. Other files (README, images) are ignored.
 */
export async function readThemeDir(dir: string): Promise<ThemeFile[]> {
  let entries: string[];
  try {
    entries = await readdir(dir, { recursive: true });
  } catch (error) {
    throw new PhaseReportError('template', `cannot read the template folder: ${(error as Error).message}`, { file: dir, cause: error });
  }
  const names = entries
    .map((entry) => entry.split(sep).join('/'))
    .filter((name) => name.endsWith(THEME_LAYOUT.templateExtension) || name.endsWith(THEME_LAYOUT.cssExtension))
    .sort();
  return Promise.all(names.map((name) => readThemeFile(dir, name)));
}

async function readThemeFile(dir: string, name: string): Promise<ThemeFile> {
  const file = join(dir, name);
  try {
    return { name, file, source: await readFile(file, 'utf8') };
  } catch (error) {
    throw new PhaseReportError('template', `cannot read the template: ${(error as Error).message}`, { file, cause: error });
  }
}
