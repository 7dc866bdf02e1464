import { dirname, isAbsolute, parse as parsePath, resolve } from 'node:path';
import { lilconfig, type Loader } from 'lilconfig';
import { parse as parseYaml } from 'yaml';
import { PhaseReportError } from '../errors.js';
import { ConfigFile } from './configSchema.js';

/** The tool's name: `phase-report.config.*`, `.phase-reportrc*` and the `phase-report` key of package.json. */
export const CONFIG_NAME = 'phase-report';

/** Where a config is looked for in each folder, nearest first, in this order (first hit wins). */
export const CONFIG_SEARCH_PLACES = [
  'package.json',
  `.${CONFIG_NAME}rc`,
  `.${CONFIG_NAME}rc.json`,
  `.${CONFIG_NAME}rc.yaml`,
  `.${CONFIG_NAME}rc.yml`,
  `.${CONFIG_NAME}rc.js`,
  `.${CONFIG_NAME}rc.mjs`,
  `.${CONFIG_NAME}rc.cjs`,
  `${CONFIG_NAME}.config.json`,
  `${CONFIG_NAME}.config.yaml`,
  `${CONFIG_NAME}.config.yml`,
  `${CONFIG_NAME}.config.js`,
  `${CONFIG_NAME}.config.mjs`,
  `${CONFIG_NAME}.config.cjs`,
];

const yamlLoader: Loader = (_path, content) => parseYaml(content) as unknown;

/** A config file as found: the settings (paths resolved against its folder) and where it was. */
export interface LoadedConfig {
  readonly config: ConfigFile;
  /** absolute path of the file read, null when none was found */
  readonly file: string | null;
}

/**
 * Read the config: the file named (`--config`), else the nearest one found
 * searching upward from `cwd` to the filesystem root, else none ({}).
 * Paths in it are taken relative to the file. Unknown keys and bad values are
 * a usage error naming the file and the key.
 */
export async function loadConfigFile(explicit: string | undefined, cwd: string): Promise<LoadedConfig> {
  const searcher = lilconfig(CONFIG_NAME, {
    searchPlaces: CONFIG_SEARCH_PLACES,
    loaders: { '.yaml': yamlLoader, '.yml': yamlLoader, noExt: yamlLoader },
    stopDir: parsePath(resolve(cwd)).root,
    cache: false,
  });
  const named = explicit === undefined ? undefined : resolve(cwd, explicit);
  let found: Awaited<ReturnType<typeof searcher.search>>;
  try {
    found = named === undefined ? await searcher.search(cwd) : await searcher.load(named);
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new PhaseReportError('usage', `config file cannot be read (${reason})`, { file: named ?? cwd, cause: error });
  }
  if (found === null) return { config: {}, file: null };
  const data: unknown = found.isEmpty ? {} : unwrapDefault(found.config);
  return { config: relativeTo(dirname(found.filepath), validate(data, found.filepath)), file: found.filepath };
}

/** `export default` of an ES module config arrives as the module's default. */
function unwrapDefault(config: unknown): unknown {
  return config !== null && typeof config === 'object' && 'default' in config && Object.keys(config).length === 1 ? (config as { default: unknown }).default : config;
}

function validate(data: unknown, file: string): ConfigFile {
  const result = ConfigFile.safeParse(data ?? {});
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    if (issue.code === 'unrecognized_keys') return issue.keys.map((k) => `unknown key "${[...issue.path, k].join('.')}"`).join('; ');
    return `${issue.path.join('.') || '(top)'}: ${issue.message}`;
  });
  throw new PhaseReportError('usage', `invalid config: ${problems.join('; ')}`, { file });
}

function relativeTo(dir: string, config: ConfigFile): ConfigFile {
  const fix = (p: string | undefined) => (p === undefined || isAbsolute(p) ? p : resolve(dir, p));
  const out = { ...config };
  if (config.out !== undefined) out.out = fix(config.out);
  if (config.templates !== undefined) out.templates = fix(config.templates);
  if (config.browser !== undefined) out.browser = fix(config.browser);
  if (typeof config.cache === 'string') out.cache = fix(config.cache);
  return out;
}
