import type { Format } from '../config/configSchema.js';
import { loadConfigFile } from '../config/loadConfigFile.js';
import { type Flags, resolveConfig } from '../config/resolveConfig.js';
import type { RunContext } from '../run/types.js';
import type { CliIo } from './io.js';

/** Command-line flags of the commands that write files (commander's camelCase names). */
export interface OutputFlags {
  out?: string;
  format?: Format[];
  templates?: string;
  pageSize?: 'A4' | 'Letter';
  browser?: string;
  concurrency?: number;
  timeout?: number;
  maxSize?: number;
  failOn?: Array<'regression' | 'new-blocker' | 'no-go'>;
  timestamp?: boolean;
  config?: string;
  since?: string;
  /** `--no-cache` gives false */
  cache?: boolean;
  workers?: number;
  quiet?: boolean;
  json?: boolean;
  shard?: { index: number; count: number };
  watch?: boolean;
  onlyChanged?: boolean;
}

/** Settings of this run: flags over the config file over defaults (see resolveConfig). */
export async function runContext(flags: OutputFlags, io: CliIo, defaultFormats: Format[]): Promise<RunContext> {
  const { config: file, file: configFile } = await loadConfigFile(flags.config, io.cwd);
  const given: Flags = {
    out: flags.out,
    formats: flags.format,
    templates: flags.templates,
    pageSize: flags.pageSize,
    browser: flags.browser,
    concurrency: flags.concurrency,
    timeout: flags.timeout,
    maxSize: flags.maxSize,
    failOn: flags.failOn,
    timestamp: flags.timestamp,
    cache: flags.cache === false ? null : undefined,
    workers: flags.workers,
    onlyChanged: flags.onlyChanged,
  };
  const config = resolveConfig(given, file, defaultFormats);
  return {
    config,
    cwd: io.cwd,
    env: io.env,
    signal: io.signal,
    configFile,
    ...(config.timestamp ? { timestamp: new Date().toISOString() } : {}),
  };
}
