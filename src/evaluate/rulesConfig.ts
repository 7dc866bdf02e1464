import { z } from 'zod';
import { Decision } from '../model/evaluation.js';

/** Settings of one rule in a config: what it decides on failure, and whether it runs. */
export const RuleSetting = z
  .object({
    onFail: Decision.optional().describe('decision forced when the rule fails'),
    enabled: z.boolean().optional().describe('false turns the rule off'),
  })
  .strict();

/** `{ "rules": { "<rule id>": { "onFail": "no-go", "enabled": false } } }`; other top-level keys are ignored. */
export const RulesConfig = z.object({
  rules: z.record(z.string(), RuleSetting).optional(),
});

export type RuleSetting = z.infer<typeof RuleSetting>;
export type RulesConfig = z.infer<typeof RulesConfig>;
