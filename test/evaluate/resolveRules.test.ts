import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/evaluate/evaluate.js';
import { DEFAULT_RULES } from '../../src/evaluate/policy/defaultRules.js';
import { resolveRules } from '../../src/evaluate/resolveRules.js';
import { PhaseReportError } from '../../src/errors.js';
import { emptyReport, issue } from './reportBuilder.js';

function usageError(fn: () => unknown): PhaseReportError {
  try {
    fn();
  } catch (error) {
    if (error instanceof PhaseReportError) return error;
    throw error;
  }
  throw new Error('expected a PhaseReportError');
}

describe('resolveRules', () => {
  it('returns the defaults for an empty config', () => {
    expect(resolveRules({})).toEqual(DEFAULT_RULES);
    expect(resolveRules()).toEqual(DEFAULT_RULES);
  });

  it('applies onFail and enabled per rule id', () => {
    const rules = resolveRules({ rules: { 'no-open-critical-issue': { onFail: 'no-go' }, 'every-gate-met': { enabled: false } } });
    const report = emptyReport({ issues: [issue('Vault', 'critical', 'open', 4)] });
    const evaluation = evaluate(report, rules);
    expect(evaluation.decision).toBe('no-go');
    expect(evaluation.results.map((r) => r.rule)).not.toContain('every-gate-met');
  });

  it('can turn on a rule that is off by default', () => {
    const rules = resolveRules({ rules: { 'no-failed-metric': { enabled: true } } });
    expect(evaluate(emptyReport(), rules).results.map((r) => r.rule)).toContain('no-failed-metric');
    expect(evaluate(emptyReport()).results.map((r) => r.rule)).not.toContain('no-failed-metric');
  });

  it('ignores other top-level keys of a project config', () => {
    expect(resolveRules({ out: 'dist', rules: {} })).toEqual(DEFAULT_RULES);
  });

  it('rejects unknown rule ids with a usage error naming them and the known ones', () => {
    const error = usageError(() => resolveRules({ rules: { 'no-open-blockers': { enabled: false } } }));
    expect(error.code).toBe('usage');
    expect(error.exitCode).toBe(2);
    expect(error.message).toContain('"no-open-blockers"');
    expect(error.message).toContain('no-open-blocking-issue');
  });

  it('rejects malformed settings with the path of the problem', () => {
    const badDecision = usageError(() => resolveRules({ rules: { 'every-gate-met': { onFail: 'maybe' } } }));
    expect(badDecision.code).toBe('usage');
    expect(badDecision.message).toContain('rules.every-gate-met.onFail');
    const badKey = usageError(() => resolveRules({ rules: { 'every-gate-met': { severity: 'high' } } }));
    expect(badKey.message).toContain('rules.every-gate-met');
    expect(usageError(() => resolveRules('rules')).code).toBe('usage');
  });

  it('does not change the defaults it starts from', () => {
    const before = JSON.stringify(DEFAULT_RULES);
    resolveRules({ rules: { 'no-open-blocking-issue': { onFail: 'conditional', enabled: false } } });
    expect(JSON.stringify(DEFAULT_RULES)).toBe(before);
  });
});
