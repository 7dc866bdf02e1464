import { DEFAULT_THEME_DIR } from '../../render/theme/loadTheme.js';
import { readThemeDir } from '../../render/theme/readThemeDir.js';
import { cacheKey } from './hash.js';

/** A hash of every template and stylesheet of the theme: the bundled one and the user's overrides. */
export async function themeKey(templates: string | null): Promise<string> {
  const files = [...(await readThemeDir(DEFAULT_THEME_DIR)), ...(templates === null ? [] : await readThemeDir(templates))];
  return cacheKey(...files.flatMap((f) => [f.name, f.source]));
}
