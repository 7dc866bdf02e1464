import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/parse/parse.js';
import { repoRoot } from '../helpers/paths.js';

const fixture = (name: string) => parse(readFileSync(join(repoRoot, 'fixtures', 'cases', name, 'input.md'), 'utf8'));

describe('metric line forms (fixtures/cases/metric-line-forms)', () => {
  const report = fixture('metric-line-forms');
  const metric = (name: string) => report.metrics.find((m) => m.name === name);

  it('reads units, signs, ratios and approximate values', () => {
    expect(metric('Build Time')).toMatchObject({ current: { value: 2.3, unit: 's' }, target: { comparator: '<', value: 5, unit: 's' } });
    expect(metric('Bundle Size')?.current).toMatchObject({ value: 1234, unit: 'KB' });
    expect(metric('Error Budget')?.current).toMatchObject({ value: -0.4, unit: 'pp' });
    expect(metric('Coverage Delta')?.current).toMatchObject({ value: 53.9, unit: 'pp', raw: '+53.9pp' });
    expect(metric('Unit Tests')?.current).toMatchObject({ value: 17, unit: '/17', raw: '17/17 tests' });
    expect(metric('Startup')?.current).toMatchObject({ value: 60, unit: 'ms', approximate: true });
    expect(metric('Speedup')?.current).toMatchObject({ value: 2.4, unit: 'x' });
    expect(metric('Critical Vulnerabilities')?.current).toMatchObject({ value: 0 });
    expect(metric('Secrets Exposure')?.current).toMatchObject({ value: 0 });
    expect(metric('Cold start')?.current).toMatchObject({ value: 450, unit: 'ms', approximate: false });
  });

  it('reads before/after forms: arrow removed, arrows, chains, "Improved from"', () => {
    expect(metric('Flaky Suites')).toMatchObject({ before: { value: 104, unit: 'files' }, after: { value: 7, unit: 'files' } });
    expect(metric('Open Findings')).toMatchObject({ before: { value: 12 }, after: { value: 3 } });
    // a chain's before is the value the last step changed from (9.5 → 4.1 → 2.2: 4.1)
    expect(metric('Retry Rate')).toMatchObject({ before: { value: 4.1 }, after: { value: 2.2 }, current: { value: 2.2 } });
    expect(metric('Lint Score')).toMatchObject({ current: { value: 87, unit: '/100' }, before: { value: 78 }, after: null });
  });

  it('reads paragraph key lines and `Key: value` headings', () => {
    expect(metric('Throughput')).toMatchObject({ current: { value: 8.2, unit: 'req/s' }, target: { comparator: '>', value: 5 } });
    expect(metric('Queue Depth')).toMatchObject({ target: { comparator: '<', value: 40 }, current: { value: 55 } });
    expect(metric('Performance Score')).toMatchObject({ current: { value: 91 }, target: { comparator: '>=', value: 90 }, mark: 'done' });
  });

  it('skips text, URLs and file names, and reports only the unreadable target', () => {
    for (const name of ['Release Notes', 'Dashboard URL', 'Screenshot', 'Capacity Plan']) expect(metric(name)).toBeUndefined();
    expect(report.diagnostics.filter((d) => d.ruleId === 'metric-unreadable')).toEqual([
      expect.objectContaining({ severity: 'info', position: { line: 28, column: 1 } }),
    ]);
  });
});

describe('categorical values and two-line metrics (fixtures/cases/categorical-values)', () => {
  const { metrics } = fixture('categorical-values');
  const at = (line: number) => metrics.find((m) => m.position.line === line);

  it('reads words of a Before/After table as categorical values, and N/A as none', () => {
    // line 9: | Error Handling | AD-HOC | STRUCTURED | ✅ |
    expect(at(9)).toMatchObject({ name: 'Error Handling', before: { value: 'AD-HOC', unit: null }, after: { value: 'STRUCTURED' }, mark: 'done' });
    expect(at(12)).toMatchObject({ name: 'Audit Logging', before: null, after: { value: 'Enabled' } });
  });

  it('reads no metric from a table of words only (risk ratings)', () => {
    expect(metrics.find((m) => m.name === 'Vendor lock-in')).toBeUndefined();
  });

  it('merges **Current X** and **Target X** on adjacent lines into one metric X', () => {
    // lines 30-31: **Current Line Coverage**: 81% / **Target Line Coverage**: 85%+
    expect(at(30)).toMatchObject({ name: 'Line Coverage', current: { value: 81, unit: '%' }, target: { comparator: '>=', value: 85, unit: '%' } });
    expect(at(31)).toBeUndefined();
  });

  it('reads RATING (value), a kept level and a strict bound after Maintain', () => {
    expect(at(33)).toMatchObject({ name: 'Theater Level', current: { value: 68, unit: '/100' } });
    expect(at(34)).toMatchObject({ name: 'Availability', current: { value: 99.95 }, target: { comparator: '=', value: 99.95 } });
    expect(at(35)).toMatchObject({ name: 'NASA Compliance', target: { comparator: '>', value: 92, unit: '%' } });
  });
});
