import { DEFAULT_MAX_MB } from "../io/readReportFile.js";
import { z } from 'zod';
import { LINT_RULES } from '../lint/rules/index.js';
import type { LintSetting } from '../lint/types.js';

export const Format = z.enum(['html', 'pdf', 'md', 'json']);
export const PageSize = z.enum(['A4', 'Letter']);
export const FailRule = z.enum(['regression', 'new-blocker', 'no-go', 'lint-error']);
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
 * Every setting phase-report takes, as read from `phase-report.config.json`
 * (or `--config FILE`). Unknown keys are rejected. Command-line flags of the
 * same name override these; defaults live in DEFAULTS.
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
  })
  .partial()
  .strict();

export type Format = z.infer<typeof Format>;
export type PageSize = z.infer<typeof PageSize>;
export type FailRule = z.infer<typeof FailRule>;
export type ConfigFile = z.infer<typeof ConfigFile>;

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
}

export const DEFAULTS: Omit<Config, 'formats'> = {
  out: 'out',
  templates: null,
  pageSize: 'A4',
  concurrency: 2,
  timeout: 60,
  browser: null,
  maxSize: DEFAULT_MAX_MB,
  failOn: [],
  timestamp: false,
  rules: {},
  lint: { rules: {} },
};
