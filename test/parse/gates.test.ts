import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { computeMet } from '../../src/parse/extract/measure/computeMet.js';
import { parse } from '../../src/parse/parse.js';
import { corpusText, repoRoot, seedText } from '../helpers/paths.js';

const fixture = (name: string) => parse(readFileSync(join(repoRoot, 'fixtures', 'cases', name, 'input.md'), 'utf8'));

describe('gates of the reference report', () => {
  const { gates } = parse(seedText());

  it('finds exactly the five quality gates (lines 99-103)', () => {
    expect(gates.map((g) => [g.criterion, g.position.line])).toEqual([
      ['Test Success Rate', 99],
      ['NASA Compliance', 100],
      ['Performance Budget', 101],
      ['Security Score', 102],
      ['Integration Health', 103],
    ]);
    expect(new Set(gates.map((g) => g.sectionId))).toEqual(new Set(['quality-gates']));
  });

  it('reads target, current and met of each gate', () => {
    const [success, nasa, budget, security, health] = gates;
    expect(success).toMatchObject({
      id: 'test-success-rate',
      target: { comparator: '>', value: 95, unit: '%' },
      current: { value: 60, unit: '%', approximate: true },
      met: false,
    });
    expect(nasa).toMatchObject({ target: { comparator: 'maintain', value: 92, unit: '%' }, current: null, met: null });
    expect(budget).toMatchObject({ target: { comparator: '<', value: 0.3, unit: '%' }, current: null, met: null });
    expect(security).toMatchObject({ target: { comparator: 'maintain', value: 100, unit: '%' }, met: true });
    expect(health).toMatchObject({ target: { comparator: '>', value: 90, unit: '%' }, current: null, met: null });
  });
});

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

describe('gates checked by hand in the corpus', () => {
  it('artifacts_phase7-infrastructure-princess-validation.md: Metric/Target/Achieved/Status table (lines 11-16)', () => {
    const { gates } = parse(corpusText('artifacts_phase7-infrastructure-princess-validation.md'));
    expect(gates).toHaveLength(6);
    expect(gates[0]).toMatchObject({ criterion: 'Overall Score', target: { comparator: '>=', value: 95, unit: '%' }, current: { value: 98.2 }, met: true });
    expect(gates[2]).toMatchObject({ criterion: 'API Response Time', target: { comparator: '<', value: 200, unit: 'ms' }, current: { value: 145, unit: 'ms' } });
  });

  it('artifacts_phase6-orchestration-final.md: criteria under "Success Metrics & Quality Gates" (lines 140-148)', () => {
    const { gates } = parse(corpusText('artifacts_phase6-orchestration-final.md'));
    const gate = (criterion: string) => gates.find((g) => g.criterion === criterion);
    expect(gate('Security')).toMatchObject({ current: { value: 100 }, target: null, met: true });
    // 🔄 is no verdict: the comparison of >95% with ~60% decides
    expect(gate('Test Success')).toMatchObject({ met: false, position: { line: 141 } });
    expect(gate('Performance')).toMatchObject({ target: { comparator: '<', value: 0.3 }, met: null });
  });

  it('artifacts_COMPREHENSIVE-ANALYSIS-REPORT.md: Metric/Value/Target/Status table with ❌ (lines 212-218)', () => {
    const { gates } = parse(corpusText('artifacts_COMPREHENSIVE-ANALYSIS-REPORT.md'));
    expect(gates.find((g) => g.criterion === 'Total Violations')).toMatchObject({
      target: { comparator: '<', value: 1000 },
      current: { value: 15374 },
      met: false,
      position: { line: 212 },
    });
    expect(gates.find((g) => g.criterion === 'Theater Score')).toMatchObject({ current: null, met: null });
  });

  it('src_princess_quality_artifacts_quality_validation_summary.md: FAIL/PASS items with Value/Threshold', () => {
    const { gates } = parse(corpusText('src_princess_quality_artifacts_quality_validation_summary.md'));
    expect(gates.map((g) => [g.criterion, g.met])).toEqual([
      ['Theater Detection Score', false],
      ['Test Coverage', false],
      ['Security Violations', true],
      ['Linting Errors', true],
      ['Type Checking', false],
      ['NASA POT10 Compliance', false],
    ]);
    expect(gates[5]).toMatchObject({ target: { comparator: '>=', value: 90 }, current: { value: 85 } });
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
