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
