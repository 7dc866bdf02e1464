import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { computeMet } from '../../src/parse/extract/measure/computeMet.js';
import { parse } from '../../src/parse/parse.js';
import { repoRoot } from '../helpers/paths.js';

const fixture = (name: string) => parse(readFileSync(join(repoRoot, 'fixtures', 'cases', name, 'input.md'), 'utf8'));

describe('gate-like tables and nested fields', () => {
  it('reads Gate/Target/Actual/Status rows: status first, then the comparison (fixtures/cases/metric-tables)', () => {
    const { gates } = fixture('metric-tables');
    expect(gates.map((g) => [g.criterion, g.target?.comparator, g.target?.value, g.current?.value ?? null, g.met])).toEqual([
      ['Availability', '>=', 99.9, 99.95, true],
      ['Error Rate', '<', 1, 1.4, false],
      ['p95 Latency', '<', 300, 280, true],
      ['Docs Coverage', '>=', 80, null, null],
    ]);
    expect(gates[0]?.position).toEqual({ line: 7, column: 1 });
  });

  it('reads a key line with Value/Threshold sub-items as one gate (fixtures/cases/metric-nested-fields)', () => {
    const report = fixture('metric-nested-fields');
    expect(report.gates.map((g) => [g.criterion, g.target?.comparator, g.target?.value, g.current?.value ?? null, g.met])).toEqual([
      ['Unit Coverage', '>=', 80, 71.5, false],
      ['Static Analysis', '<=', 5, 0, true],
      ['Load Test', '>', 95, 97, true],
      ['Security Review', 'maintain', 100, null, true],
      ['Memory Ceiling', '<', 512, null, null],
    ]);
    expect(report.metrics.map((m) => m.name)).not.toContain('Value');
    expect(report.metrics.map((m) => m.name)).not.toContain('Threshold');
    expect(report.metrics.find((m) => m.name === 'Rollout Window')?.current).toMatchObject({ value: 6, unit: 'h' });
    expect(report.gates.map((g) => g.criterion)).not.toContain('Rollout Window');
    expect(report.diagnostics).toEqual([]);
  });
});

describe('computeMet', () => {
  const target = (comparator: '>' | '>=' | '<' | '<=' | '=' | 'maintain', value: number, unit: string | null = '%') => ({ comparator, value, unit, raw: '' });
  const current = (value: number, unit: string | null = '%', raw = `${value}`) => ({ value, unit, approximate: false, raw });

  it('compares numbers in the same unit', () => {
    expect(computeMet(target('>', 95), current(96))).toBe(true);
    expect(computeMet(target('>', 95), current(95))).toBe(false);
    expect(computeMet(target('maintain', 92), current(92))).toBe(true);
    expect(computeMet(target('<=', 5, null), current(5, null))).toBe(true);
    expect(computeMet(target('=', 0, null), current(1, null))).toBe(false);
  });

  it('tells nothing across units, without a value, or against a bound', () => {
    expect(computeMet(target('<', 5, 'ms'), current(3, 's'))).toBeNull();
    expect(computeMet(target('<', 5), null)).toBeNull();
    expect(computeMet(target('>=', 80), current(80, '%', '<80%'))).toBeNull();
  });
});

describe('gates stated by their result (fixtures/cases/gate-results)', () => {
  const report = fixture('gate-results');
  const at = (line: number) => report.gates.find((g) => g.position.line === line);

  it('reads check headings: `Name <marker> RESULT`, `Name: RESULT <marker>`, a check name with a bare marker', () => {
    // line 8: ### 1. Build Integrity Gate ✅ PASSED
    expect(at(8)).toMatchObject({ criterion: 'Build Integrity Gate', current: { value: 'PASSED', unit: null }, target: null, met: true });
    // line 12: ### 2. Contract Stability Gate ⚠️ PARTIAL  (a partial pass does not meet the gate)
    expect(at(12)).toMatchObject({ criterion: 'Contract Stability Gate', current: { value: 'PARTIAL' }, met: false });
    expect(at(16)).toMatchObject({ criterion: 'Load Handling', met: false });
    expect(at(20)).toMatchObject({ criterion: 'Schema Migration', current: { value: 'SUCCESS' }, met: true });
    expect(at(22)).toMatchObject({ criterion: 'Rollback Drill', current: { value: 'TIMEOUT' }, met: false });
    // line 24: #### SMOKE TEST VALIDATION ✅
    expect(at(24)).toMatchObject({ criterion: 'SMOKE TEST VALIDATION', met: true });
  });

  it('reads a per-gate section by its Status line, result lines of a gates section, and a gates result line', () => {
    expect(at(26)).toMatchObject({ criterion: 'Gate 7: Security Review', current: { value: 'PASSED' }, met: true });
    expect(at(34)).toMatchObject({ criterion: 'Dependency Audit', current: { value: 'CLEAN' }, met: true });
    expect(at(37)).toMatchObject({ criterion: 'Release readiness gates', met: true });
  });

  it('reads no gate from descriptions, numbered bare-marker entries, decorated headings, verdicts or prose', () => {
    // line 35: **Docs Coverage**: Complete the remaining ... (a description); 41-44: deliverables and decoration;
    // line 48: Overall Assessment: FAILED (the verdict); line 50: lower-case narration
    for (const line of [35, 41, 42, 44, 48, 50]) expect(at(line), `line ${line}`).toBeUndefined();
    expect(report.gates).toHaveLength(10);
  });

  it('says so when a gates section states no gate it can read', () => {
    expect(report.diagnostics).toContainEqual(expect.objectContaining({ ruleId: 'gates-unread', position: { line: 52, column: 1 } }));
  });
});

describe('categorical gates and targets (fixtures/cases/categorical-values)', () => {
  const { gates } = fixture('categorical-values');

  it('compares a categorical target with the current word', () => {
    // line 18: | Integration Suite | PASS | TIMEOUT | ❌ |
    expect(gates.find((g) => g.position.line === 18)).toMatchObject({ target: { comparator: '=', value: 'PASS' }, current: { value: 'TIMEOUT' }, met: false });
    expect(computeMet({ comparator: '=', value: 'PASS', unit: null, raw: 'PASS' }, { value: 'pass', unit: null, approximate: false, raw: 'pass' })).toBe(true);
    expect(computeMet({ comparator: '>=', value: 60, unit: null, raw: '60' }, { value: 'Partial', unit: null, approximate: false, raw: 'Partial' })).toBeNull();
  });

  it('reads N%+ in a Target column as a >= target', () => {
    // line 20: | Coverage | 85%+ | 81% | ⚠️ |
    expect(gates.find((g) => g.position.line === 20)).toMatchObject({ target: { comparator: '>=', value: 85, unit: '%' }, current: { value: 81, approximate: false } });
  });
});
