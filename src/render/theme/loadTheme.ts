import { join, resolve } from 'node:path';
import { packageRoot } from '../../packageRoot.js';
import { createTheme } from './createTheme.js';
import { readThemeDir } from './readThemeDir.js';
import type { Theme } from './types.js';

/** The bundled default theme: `templates/` at the package root. */
export const DEFAULT_THEME_DIR = join(packageRoot(), 'templates');

/**
 * Load the bundled theme and overlay a user folder (`--templates dir`) on it:
 * any file there replaces the bundled file of the same relative name
 * (`layout.hbs`, `pages/report.hbs`, `partials/gates.hbs`, `css/theme.css`)
 * and new files add partials, pages or stylesheets. The I/O edge of rendering.
 */
export async function loadTheme(dir?: string): Promise<Theme> {
  const defaults = await readThemeDir(DEFAULT_THEME_DIR);
  const overrides = dir === undefined ? [] : await readThemeDir(resolve(dir));
  return createTheme(defaults, overrides);
}
