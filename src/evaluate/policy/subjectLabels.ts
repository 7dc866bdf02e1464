import type { RuleSubject } from '../rule.js';

/** Which field names a fact of each subject in messages. */
export const SUBJECT_LABELS: Readonly<Record<RuleSubject, string>> = {
  issues: 'title',
  gates: 'criterion',
  criteria: 'text',
  metrics: 'name',
  risks: 'title',
  verdict: 'value',
  evidence: 'text',
};
