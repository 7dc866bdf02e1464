import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The folder of phase-report's own package.json (and templates/): the
 * nearest above this module. The module sits at different depths in the
 * sources (src/), the compiled library (dist/) and the bundled command line
 * (dist/bundle/), so it is looked for rather than assumed.
 */
export function packageRoot(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  for (let dir = here; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    if (dirname(dir) === dir) return here;
  }
}
