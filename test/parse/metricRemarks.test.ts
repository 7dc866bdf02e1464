import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/parse/parse.js';
import { repoRoot } from '../helpers/paths.js';

// fixtures/cases/metric-remarks/input.md, values read by hand from the lines named
const report = parse(readFileSync(join(repoRoot, 'fixtures', 'cases', 'metric-remarks', 'input.md'), 'utf8'));
const metric = (name: string) => report.metrics.find((m) => m.name === name);

describe('metric remarks (fixtures/cases/metric-remarks)', () => {
  it('reads a target after Requires: with a two-character comparator, and after Should be (lines 10-11)', () => {
    expect(metric('Latency Budget')).toMatchObject({ current: { value: 310, unit: 'ms' }, target: { comparator: '<=', value: 250, unit: 'ms' } });
    expect(metric('Dead Code Paths')).toMatchObject({ current: { value: 38 }, target: { value: 0 } });
  });

  it('reads the before from "(↑4 from Phase 3: 87/100)" and from the step before the last in a chain (lines 8, 12)', () => {
    expect(metric('Readiness Score')).toMatchObject({ current: { value: 91, unit: '/100' }, before: { value: 87, unit: '/100' } });
    expect(metric('Stability Index')).toMatchObject({ current: { value: 84, unit: '/100' }, before: { value: 78 } });
  });

  it('takes a short closing remark as the status of a marked line only (lines 16-18)', () => {
    expect(metric('Error Rate')).toMatchObject({ mark: 'in-progress', status: 'needs fixing' });
    expect(metric('Uptime')).toMatchObject({ mark: 'in-progress', status: 'monitoring required' });
    expect(metric('Queue Depth')?.status).toBeNull();
  });

  it('names no metric after a callout key (line 20)', () => {
    expect(report.metrics.some((m) => m.position.line === 20)).toBe(false);
  });

  it('reads the value a Status cell holds after its marker (lines 26-28)', () => {
    expect(metric('Contract Coverage')).toMatchObject({ current: { value: 96, unit: '%' }, mark: 'done', status: 'PASS' });
    expect(metric('Code Review')).toMatchObject({ current: { value: 'Thorough' }, mark: 'done', status: 'PASS' });
    expect(metric('Load Profile')).toMatchObject({ current: { value: 1200, unit: 'req/s' }, mark: 'done', status: null });
  });

  it('reads Key: value lines of an output fence, not of a code fence nor a source location (lines 33-39)', () => {
    expect(metric('Modules Scanned')).toMatchObject({ position: { line: 33 }, current: { value: 412, unit: 'modules' } });
    expect(metric('LedgerService.ts')).toMatchObject({ position: { line: 34 }, current: { value: 212, unit: 'LOC' }, target: { comparator: '<', value: 400 }, mark: 'done' });
    expect(report.metrics.some((m) => m.position.line === 35 || m.position.line === 39)).toBe(false);
  });

  it('reads the goal a next-step item states, and nothing from an item without a goal verb (lines 43-46)', () => {
    expect(metric('settlement cache utilization')).toMatchObject({ position: { line: 43 }, target: { comparator: '>=', value: 85, unit: '%' }, current: null });
    expect(metric('p95 checkout latency')).toMatchObject({ target: { comparator: '<=', value: 400, unit: 'ms' } });
    expect(metric('contract coverage across all providers')).toMatchObject({ target: { comparator: '>', value: 98, unit: '%' } });
    expect(report.metrics.some((m) => m.position.line === 46)).toBe(false);
  });

  it('reads BASELINE then RESULT lines as one metric named and placed by its heading (lines 48-51)', () => {
    expect(metric('Ledger Query Time')).toMatchObject({ position: { line: 48 }, before: { value: 840, unit: 'ms' }, current: { value: 210, unit: 'ms' } });
    expect(report.metrics.some((m) => m.name === 'BASELINE' || m.name === 'RESULT')).toBe(false);
  });
});
