import { readFile } from 'node:fs/promises';
import { dirname, isAbsolute, resolve } from 'node:path';
import { PhaseReportError } from '../errors.js';
import { ConfigFile } from './configSchema.js';

export const CONFIG_FILE_NAME = 'phase-report.config.json';

/**
 * Read the config file: the one named, or `phase-report.config.json` in `cwd`
 * when it exists, or none ({}). Paths in it are taken relative to the file.
 */
export async function loadConfigFile(explicit: string | undefined, cwd: string): Promise<ConfigFile> {
  const path = resolve(cwd, explicit ?? CONFIG_FILE_NAME);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if (explicit === undefined) return {};
    throw new PhaseReportError('usage', 'config file cannot be read', { file: path, cause: error });
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new PhaseReportError('usage', `is not valid JSON (${error instanceof Error ? error.message : String(error)})`, { file: path });
  }
  const result = ConfigFile.safeParse(data);
  if (!result.success) {
    const problems = result.error.issues.map((i) => `${i.path.join('.') || '(top)'}: ${i.message}`).join('; ');
    throw new PhaseReportError('usage', `invalid config: ${problems}`, { file: path });
  }
  return relativeTo(dirname(path), result.data);
}

function relativeTo(dir: string, config: ConfigFile): ConfigFile {
  const fix = (p: string | undefined) => (p === undefined || isAbsolute(p) ? p : resolve(dir, p));
  const out = { ...config };
  if (config.out !== undefined) out.out = fix(config.out);
  if (config.templates !== undefined) out.templates = fix(config.templates);
  if (config.browser !== undefined) out.browser = fix(config.browser);
  return out;
}
