import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/evaluate/evaluate.js';
import { resolveRules } from '../../src/evaluate/resolveRules.js';
import type { Evaluation } from '../../src/model/evaluation.js';
import type { Report } from '../../src/model/types.js';
import { parse } from '../../src/parse/parse.js';
import { failFindings } from '../../src/run/failRules.js';

const shared = new URL('../../../shared/', import.meta.url);
const load = (path: string): Report => parse(readFileSync(new URL(path, shared), 'utf8'), { path });
const corpus = (name: string): Report => load(`corpus/${name}`);
const failed = (e: Evaluation) => e.results.filter((r) => r.outcome !== 'pass').map((r) => [r.rule, r.outcome]);

describe('evaluate on the seed report', () => {
  const seed = load('seeds/000_718d4ae93b8ae2e4.txt');
  const evaluation = evaluate(seed);

  it('says NO-GO because of the four open blocking issues, at their lines', () => {
    expect(evaluation.decision).toBe('no-go');
    const blocking = evaluation.results.find((r) => r.rule === 'no-open-blocking-issue');
    expect(blocking).toMatchObject({ outcome: 'fail', onFail: 'no-go' });
    expect(blocking?.message).toBe('4 open blocking issue(s): "Import Dependencies", "Test Environment", "Docker/Container", "File System"');
    expect(blocking?.positions.map((p) => p.line)).toEqual([36, 37, 38, 39]);
  });

  it('also lists the critical failures and the gate not met, and has no verdict to agree with', () => {
    expect(failed(evaluation)).toEqual([
      ['no-open-blocking-issue', 'fail'],
      ['no-open-critical-issue', 'fail'],
      ['every-gate-met', 'fail'],
    ]);
    expect(evaluation.results.find((r) => r.rule === 'every-gate-met')?.message).toBe('1 quality gate(s) not met: "Test Success Rate"');
    expect(evaluation).toMatchObject({ stated: null, agrees: null });
  });

  it('still says NO-GO, from the gate, when the blocking rule is made conditional and critical issues ignored', () => {
    const rules = resolveRules({ rules: { 'no-open-blocking-issue': { onFail: 'conditional' }, 'no-open-critical-issue': { enabled: false }, 'every-gate-met': { onFail: 'no-go' } } });
    const relaxed = evaluate(seed, rules);
    expect(relaxed.decision).toBe('no-go');
    expect(relaxed.results.find((r) => r.rule === 'every-gate-met')?.positions.map((p) => p.line)).toEqual([99]);
  });
});

describe('evaluate on corpus reports that state a verdict', () => {
  it.each([
    ['artifacts_PRODUCTION-VALIDATION-FINAL.md', 'no-go'],
    ['artifacts_phase8-remediation-audit-report.md', 'no-go'],
    ['artifacts_NASA-POT10-ITERATION2-REPORT.md', 'go'],
    ['artifacts_phase9-security-remediation-final-report.md', 'go'],
  ] as const)('agrees with %s (%s)', (name, decision) => {
    expect(evaluate(corpus(name))).toMatchObject({ decision, stated: decision, agrees: true });
  });

  it('disagrees with the PROCEED of phase6-orchestration-final: four critical issues are still open', () => {
    const report = corpus('artifacts_phase6-orchestration-final.md');
    const evaluation = evaluate(report);
    expect(evaluation).toMatchObject({ decision: 'conditional', stated: 'go', agrees: false });
    const critical = evaluation.results.find((r) => r.rule === 'no-open-critical-issue');
    expect(critical?.message).toBe('4 open critical issue(s): "Container Orchestration", "Integration Failures", "Performance Budget", "Phase 3 Integration"');
    expect(critical?.positions.map((p) => p.line)).toEqual([44, 45, 46, 47]);
  });

  it('follows the DO NOT DEPLOY of the security audit (line 1108): a stated NO-GO forces NO-GO; without that rule its issues give CONDITIONAL', () => {
    const report = corpus('artifacts_SECURITY-AUDIT-REPORT.md');
    const evaluation = evaluate(report);
    expect(evaluation).toMatchObject({ decision: 'no-go', stated: 'no-go', agrees: true });
    expect(evaluation.results.find((r) => r.rule === 'stated-verdict-not-no-go')).toMatchObject({ outcome: 'fail', positions: [{ line: 1108, column: 1 }] });
    const relaxed = resolveRules({ rules: { 'stated-verdict-not-no-go': { enabled: false } } });
    expect(evaluate(report, relaxed)).toMatchObject({ decision: 'conditional', agrees: false });
  });

  it('fails a report that demands a rebuild: phase8-remediation-audit-report (COMPLETE REBUILD RECOMMENDED, line 105; STOP WORK ORDER, line 121)', () => {
    const evaluation = evaluate(corpus('artifacts_phase8-remediation-audit-report.md'));
    expect(evaluation.decision).toBe('no-go');
    expect(failFindings(['no-go'], { diff: null, evaluation, label: 'audit' })).toEqual(['no-go: audit: evaluates to NO-GO']);
  });
});
