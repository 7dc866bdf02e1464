/**
 * The go/no-go evaluation of a report (derived, not parsed): produced by
 * src/evaluate, shown in JSON, HTML and markdown output.
 */
import { z } from 'zod';
import { Decision, Position } from './schema.js';

export { Decision };

export const RuleResult = z
  .object({
    rule: z.string().describe('rule id, e.g. "no-open-blocking-issue"'),
    outcome: z.enum(['pass', 'fail', 'unknown']),
    /** what the rule decides when it fails */
    onFail: Decision,
    message: z.string(),
    positions: z.array(Position).describe('source lines of the facts behind the outcome'),
  })
  .strict();

export const Evaluation = z
  .object({
    decision: Decision.describe('unknown: the report states no gate, no verdict and no issue (insufficient evidence)'),
    results: z.array(RuleResult),
    stated: Decision.nullable().describe("the report's own verdict, normalised"),
    agrees: z.boolean().nullable().describe('null when the report states no verdict'),
  })
  .strict();

export type Decision = z.infer<typeof Decision>;
export type RuleResult = z.infer<typeof RuleResult>;
export type Evaluation = z.infer<typeof Evaluation>;
