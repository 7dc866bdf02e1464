import type { DeclarativeRule } from '../rule.js';

/** Issue statuses that still count against a release (a warning is a problem not yet fixed). */
const UNRESOLVED = ['open', 'in-progress', 'blocked', 'warning'] as const;

/**
 * The default go/no-go rules, as data. Order is the order of the results.
 * Change them per project with a config: `{ "rules": { "<id>": { "onFail": "no-go", "enabled": false } } }`.
 */
export const DEFAULT_RULES: readonly DeclarativeRule[] = [
  {
    id: 'evidence-stated',
    description: 'The report states a quality gate, a verdict or an issue; with none of them nothing supports GO',
    onFail: 'unknown',
    enabled: true,
    subject: 'evidence',
    failWhenNone: true,
    messages: {
      pass: 'the report states gates, a verdict or issues to decide on',
      fail: 'insufficient evidence: the report states no quality gate, no verdict and no issue',
      unknown: '',
    },
  },
  {
    id: 'stated-verdict-not-no-go',
    description: "The report's own verdict is not NO-GO (a report that orders a hold, a stop or a rebuild is not released)",
    onFail: 'no-go',
    enabled: true,
    subject: 'verdict',
    fail: { decision: ['no-go'] },
    messages: {
      pass: "the report's verdict is not NO-GO",
      fail: 'the report states NO-GO: {items}',
      unknown: '',
      none: 'the report states no verdict',
    },
  },
  {
    id: 'no-open-blocking-issue',
    description: 'No blocking issue is left open',
    onFail: 'no-go',
    enabled: true,
    subject: 'issues',
    fail: { severity: ['blocking'], status: UNRESOLVED },
    messages: {
      pass: 'no open blocking issue',
      fail: '{count} open blocking issue(s): {items}',
      unknown: '',
    },
  },
  {
    id: 'no-open-critical-issue',
    description: 'No critical issue is left open',
    onFail: 'conditional',
    enabled: true,
    subject: 'issues',
    fail: { severity: ['critical'], status: UNRESOLVED },
    messages: {
      pass: 'no open critical issue',
      fail: '{count} open critical issue(s): {items}',
      unknown: '',
    },
  },
  {
    id: 'every-gate-met',
    description: 'Every quality gate is met',
    onFail: 'conditional',
    enabled: true,
    subject: 'gates',
    fail: { met: [false] },
    unknown: { met: [null] },
    messages: {
      pass: 'every quality gate is met',
      fail: '{count} quality gate(s) not met: {items}',
      unknown: '{count} quality gate(s) without a current value: {items}',
      none: 'the report states no quality gate',
    },
  },
  {
    id: 'readiness-criteria-met',
    description: 'No readiness criterion fails; unticked boxes and warnings leave it open (plain list items state nothing)',
    onFail: 'conditional',
    enabled: true,
    subject: 'criteria',
    fail: { state: ['fail'] },
    unknown: { state: ['unchecked', 'warn'] },
    messages: {
      pass: 'no readiness criterion fails or is left open',
      fail: '{count} readiness criterion(s) failing: {items}',
      unknown: '{count} readiness criterion(s) not confirmed: {items}',
      none: 'the report states no readiness criterion',
    },
  },
  {
    id: 'no-critical-risk',
    description: 'No risk is rated critical',
    onFail: 'conditional',
    enabled: true,
    subject: 'risks',
    fail: { level: ['critical'] },
    messages: {
      pass: 'no critical risk',
      fail: '{count} critical risk(s): {items}',
      unknown: '',
    },
  },
  {
    id: 'no-failed-metric',
    description: 'No metric is marked as failed (off by default: metrics are informative)',
    onFail: 'conditional',
    enabled: false,
    subject: 'metrics',
    fail: { mark: ['failed'] },
    messages: {
      pass: 'no metric marked as failed',
      fail: '{count} metric(s) marked as failed: {items}',
      unknown: '',
    },
  },
];
