import { type Config, type ConfigFile, DEFAULTS, type Format } from './configSchema.js';

/** What the command line gave; undefined means "not given". */
export type Flags = { [K in keyof Config]?: Config[K] | undefined };

/**
 * The one place where settings are decided: `flag ?? config file ?? default`,
 * key by key. `defaultFormats` differs per command (render: html; next: md).
 */
export function resolveConfig(flags: Flags, file: ConfigFile, defaultFormats: Format[]): Config {
  return {
    out: flags.out ?? file.out ?? DEFAULTS.out,
    formats: flags.formats ?? file.formats ?? defaultFormats,
    templates: flags.templates ?? file.templates ?? DEFAULTS.templates,
    pageSize: flags.pageSize ?? file.pageSize ?? DEFAULTS.pageSize,
    concurrency: flags.concurrency ?? file.concurrency ?? DEFAULTS.concurrency,
    timeout: flags.timeout ?? file.timeout ?? DEFAULTS.timeout,
    browser: flags.browser ?? file.browser ?? DEFAULTS.browser,
    maxSize: flags.maxSize ?? file.maxSize ?? DEFAULTS.maxSize,
    failOn: flags.failOn ?? file.failOn ?? DEFAULTS.failOn,
    timestamp: flags.timestamp ?? file.timestamp ?? DEFAULTS.timestamp,
    rules: flags.rules ?? file.rules ?? DEFAULTS.rules,
    lint: { rules: flags.lint?.rules ?? file.lint?.rules ?? DEFAULTS.lint.rules },
  };
}
