import { z } from 'zod';
import { LINT_RULES } from '../lint/rules/index.js';
import type { LintSetting } from '../lint/types.js';
import { DEFAULT_MAX_MB } from '../io/readReportFile.js';
import { DEFAULT_CONCURRENCY } from '../pdf/policy/pageLayout.js';

export const Format = z.enum(['html', 'pdf', 'md', 'json']);
export const PageSize = z.enum(['A4', 'Letter']);
export const FailRule = z.enum(['regression', 'new-blocker', 'no-go', 'unknown', 'lint-error']);
const LINT_RULE_IDS = LINT_RULES.map((r) => r.id);
export const LintRuleSettings = z
  .record(z.string(), z.enum(['off', 'info', 'warning', 'error']))
  .superRefine((rules, context) => {
    for (const id of Object.keys(rules)) {
      if (!LINT_RULE_IDS.includes(id)) context.addIssue({ code: 'custom', path: [id], message: `unknown lint rule; known: ${LINT_RULE_IDS.join(', ')}` });
    }
  })
  .describe("lint rule id -> 'off' | 'info' | 'warning' | 'error'");

/**
 * Every setting phase-report takes, as read from a config file (searched
 * upward, see loadConfigFile.ts) or `--config FILE`. Unknown keys are
 * rejected. Command-line flags of the same name override these; defaults live
 * in DEFAULTS. To add a setting: one line here, one in Config and DEFAULTS,
 * one in resolveConfig; the README's config reference is generated from here.
 */
export const ConfigFile = z
  .object({
    out: z.string().describe('output folder'),
    formats: z.array(Format).min(1).describe('formats to write'),
    templates: z.string().describe('folder of templates overriding the default theme'),
    pageSize: PageSize.describe('PDF page size'),
    concurrency: z.number().int().min(1).max(16).describe('PDF pages printed in parallel'),
    timeout: z.number().positive().max(600).describe('seconds allowed per PDF page'),
    browser: z.string().describe('path of a Chromium/Chrome executable'),
    maxSize: z.number().positive().max(1024).describe('largest input file accepted, in MB'),
    failOn: z.array(FailRule).describe('rules that make the run exit 1'),
    timestamp: z.boolean().describe('stamp outputs with the time of the run (off: byte-identical outputs)'),
    rules: z.record(z.string(), z.unknown()).describe('go/no-go rule settings, see README'),
    lint: z.object({ rules: LintRuleSettings }).partial().strict().describe('lint settings, see README'),
    cache: z.union([z.string(), z.literal(false)]).describe('folder of the build cache (false: no cache)'),
    workers: z.number().int().min(1).max(64).describe('parse and HTML render worker threads (default: one per core)'),
    sequences: z
      .array(z.object({ name: z.string().min(1), reports: z.array(z.string().min(1)).min(1) }).strict())
      .describe('explicit sequences for history/build: reports (input or file names) that belong together; the rest are grouped automatically'),
    onlyChanged: z.boolean().describe('markdown diffs (the pull-request comment) list only rows that changed'),
    sourceUrl: z
      .string()
      .describe('link template for cited source lines in the pull-request comment: {path} and {line} are filled in'),
  })
  .partial()
  .strict();

export type Format = z.infer<typeof Format>;
export type PageSize = z.infer<typeof PageSize>;
export type FailRule = z.infer<typeof FailRule>;
export type ConfigFile = z.infer<typeof ConfigFile>;
/** What a config file may hold, for `defineConfig` in phase-report.config.{js,mjs,cjs}. */
export type UserConfig = z.input<typeof ConfigFile>;

/** Types a JavaScript config file: `export default defineConfig({ out: 'site' })`. */
export function defineConfig(config: UserConfig): UserConfig {
  return config;
}

export interface Config {
  out: string;
  formats: Format[];
  templates: string | null;
  pageSize: PageSize;
  concurrency: number;
  timeout: number;
  browser: string | null;
  maxSize: number;
  failOn: FailRule[];
  timestamp: boolean;
  rules: Record<string, unknown>;
  lint: { rules: Partial<Record<string, LintSetting>> };
  /** null: no cache */
  cache: string | null;
  /** null: one per core */
  workers: number | null;
  sequences: { name: string; reports: string[] }[];
  onlyChanged: boolean;
  sourceUrl: string | null;
}

export const DEFAULTS: Omit<Config, 'formats'> = {
  out: 'out',
  templates: null,
  pageSize: 'A4',
  concurrency: DEFAULT_CONCURRENCY,
  timeout: 60,
  browser: null,
  maxSize: DEFAULT_MAX_MB,
  failOn: [],
  timestamp: false,
  rules: {},
  lint: { rules: {} },
  cache: '.cache/phase-report',
  workers: null,
  sequences: [],
  onlyChanged: false,
  sourceUrl: null,
};
