import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/evaluate/evaluate.js';
import { parse } from '../../src/parse/parse.js';
import { failFindings } from '../../src/run/failRules.js';
import { repoRoot } from '../helpers/paths.js';
import type { FunctionRule } from '../../src/evaluate/rule.js';
import { Evaluation } from '../../src/model/evaluation.js';
import { emptyReport, gate, issue, verdict } from './reportBuilder.js';

function result(evaluation: Evaluation, rule: string) {
  const found = evaluation.results.find((r) => r.rule === rule);
  if (!found) throw new Error(`no result for ${rule}`);
  return found;
}

describe('evaluate', () => {
  it('says GO for a report with nothing against it, and the result is a valid Evaluation', () => {
    const evaluation = evaluate(emptyReport({ gates: [gate('Test Success Rate', true, 10)] }));
    expect(evaluation.decision).toBe('go');
    expect(evaluation.results.every((r) => r.outcome === 'pass')).toBe(true);
    expect(evaluation.stated).toBeNull();
    expect(evaluation.agrees).toBeNull();
    expect(Evaluation.parse(evaluation)).toEqual(evaluation);
  });

  it('says NO-GO when a blocking issue is open, listing it with its position', () => {
    const report = emptyReport({
      issues: [
        issue('Import Dependencies', 'blocking', 'open', 12),
        issue('Docker Errors', 'blocking', 'resolved', 13),
        issue('Flaky Test', 'blocking', 'in-progress', 14),
      ],
    });
    const evaluation = evaluate(report);
    expect(evaluation.decision).toBe('no-go');
    const blocking = result(evaluation, 'no-open-blocking-issue');
    expect(blocking.outcome).toBe('fail');
    expect(blocking.message).toBe('2 open blocking issue(s): "Import Dependencies", "Flaky Test"');
    expect(blocking.positions).toEqual([{ line: 12, column: 1 }, { line: 14, column: 1 }]);
  });

  it('says CONDITIONAL for an open critical issue or a gate not met', () => {
    expect(evaluate(emptyReport({ issues: [issue('Vault', 'critical', 'open', 5)] })).decision).toBe('conditional');
    const gates = evaluate(emptyReport({ gates: [gate('Coverage', false, 7), gate('Latency', true, 8)] }));
    expect(gates.decision).toBe('conditional');
    expect(result(gates, 'every-gate-met')).toMatchObject({ outcome: 'fail', positions: [{ line: 7, column: 1 }] });
  });

  it('counts a gate without a current value as unknown, which forces CONDITIONAL', () => {
    const evaluation = evaluate(emptyReport({ gates: [gate('Integration Health', null, 9), gate('Coverage', true, 10)] }));
    expect(result(evaluation, 'every-gate-met')).toMatchObject({
      outcome: 'unknown',
      message: '1 quality gate(s) without a current value: "Integration Health"',
    });
    expect(evaluation.decision).toBe('conditional');
  });

  it('prefers fail over unknown when gates both fail and lack values', () => {
    const evaluation = evaluate(emptyReport({ gates: [gate('A', null, 1), gate('B', false, 2)] }));
    expect(result(evaluation, 'every-gate-met').outcome).toBe('fail');
  });

  it('compares with the verdict the report states', () => {
    const blocked = emptyReport({ issues: [issue('Ledger', 'blocking', 'open', 3)], verdict: verdict('go', 40) });
    expect(evaluate(blocked)).toMatchObject({ decision: 'no-go', stated: 'go', agrees: false });
    const clean = emptyReport({ verdict: verdict('go', 40) });
    expect(evaluate(clean)).toMatchObject({ decision: 'go', stated: 'go', agrees: true });
  });

  it('skips disabled rules and honours a changed onFail', () => {
    const report = emptyReport({ issues: [issue('Vault', 'critical', 'open', 5)] });
    const [blocking, critical] = [
      { id: 'b', description: 'b', onFail: 'no-go' as const, enabled: false, check: () => ({ outcome: 'fail' as const, message: 'b', positions: [] }) },
      { id: 'c', description: 'c', onFail: 'go' as const, enabled: true, check: () => ({ outcome: 'fail' as const, message: 'c', positions: [] }) },
    ];
    const evaluation = evaluate(report, [blocking, critical]);
    expect(evaluation.results.map((r) => r.rule)).toEqual(['c']);
    expect(evaluation.decision).toBe('go');
  });

  it('runs custom check functions on the report', () => {
    const rule: FunctionRule = {
      id: 'has-author',
      description: 'The report names its author',
      onFail: 'conditional',
      enabled: true,
      check: (r) =>
        r.meta.author
          ? { outcome: 'pass', message: 'author named', positions: [r.meta.author.position] }
          : { outcome: 'fail', message: 'no author', positions: [] },
    };
    expect(evaluate(emptyReport(), [rule])).toMatchObject({ decision: 'conditional', results: [{ rule: 'has-author', outcome: 'fail' }] });
  });

  it('caps an unknown outcome at the rule onFail when that is weaker than conditional', () => {
    const rule: FunctionRule = {
      id: 'soft',
      description: 'soft',
      onFail: 'go',
      enabled: true,
      check: () => ({ outcome: 'unknown', message: '?', positions: [] }),
    };
    expect(evaluate(emptyReport(), [rule]).decision).toBe('go');
  });

  it('says UNKNOWN, and why, when the report states no gate, no verdict and no issue (fixtures/cases/no-evidence)', () => {
    const report = parse(readFileSync(join(repoRoot, 'fixtures', 'cases', 'no-evidence', 'input.md'), 'utf8'));
    const evaluation = evaluate(report);
    expect(evaluation).toMatchObject({ decision: 'unknown', stated: null, agrees: null });
    expect(result(evaluation, 'evidence-stated')).toMatchObject({
      outcome: 'fail',
      onFail: 'unknown',
      message: 'insufficient evidence: the report states no quality gate, no verdict and no issue',
    });
    expect(failFindings(['unknown', 'no-go'], { diff: null, evaluation, label: 'r.md' })).toEqual(['unknown: r.md: evaluates to UNKNOWN (insufficient evidence)']);
    expect(evaluate(emptyReport({ gates: [gate('Coverage', true, 3)] })).decision).toBe('go');
  });

  it('a stated NO-GO verdict makes the evaluation NO-GO, so --fail-on no-go fails a report that orders a rebuild (fixtures/cases/verdict-statements)', () => {
    const report = parse(readFileSync(join(repoRoot, 'fixtures', 'cases', 'verdict-statements', 'input.md'), 'utf8'));
    const evaluation = evaluate(report);
    expect(result(evaluation, 'stated-verdict-not-no-go')).toMatchObject({
      outcome: 'fail',
      message: 'the report states NO-GO: "PHASE 4 LEDGER MIGRATION FAILED"',
      positions: [{ line: 30, column: 1 }],
    });
    expect(evaluation).toMatchObject({ decision: 'no-go', stated: 'no-go', agrees: true });
    expect(failFindings(['no-go', 'unknown'], { diff: null, evaluation, label: 'r.md' })).toEqual(['no-go: r.md: evaluates to NO-GO']);
  });

  it('a stated verdict that decides nothing (unknown) neither agrees nor disagrees', () => {
    const evaluation = evaluate(emptyReport({ verdict: { ...verdict('go', 4), value: 'SIGNIFICANT PROGRESS', decision: 'unknown' } }));
    expect(evaluation).toMatchObject({ decision: 'go', stated: 'unknown', agrees: null });
  });

  it('is deterministic', () => {
    const report = emptyReport({ issues: [issue('A', 'blocking', 'open', 1)], gates: [gate('G', null, 2)] });
    expect(JSON.stringify(evaluate(report))).toBe(JSON.stringify(evaluate(structuredClone(report))));
  });
});
