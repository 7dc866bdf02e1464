import { describe, expect, it } from 'vitest';
import { parse } from '../../src/parse/parse.js';

/**
 * A limit on a key line of its own next to the measured value, as scan tools
 * print them (corpus PRODUCTION-VALIDATION-FINAL L113-115: `Threshold: 500 LOC
 * per file`, `Maximum Allowed: 100 god objects`, `Total Found: 243 god
 * objects`): the measured metric's target, only in the same unit.
 */
const metricsOf = (lines: string[]) => parse(['# Scan', '', '## God Objects', '', '```', ...lines, '```', ''].join('\n'), { path: 'scan.md' }).metrics;

describe('limit lines', () => {
  it('give the measured line next to them its target, in either order', () => {
    const metrics = metricsOf(['Threshold: 500 LOC per file', 'Maximum Allowed: 100 god objects', 'Total Found: 243 god objects']);
    expect(metrics.map((m) => [m.position.line, m.name, m.current?.raw, m.target?.comparator, m.target?.value, m.target?.unit])).toEqual([
      [6, 'Threshold', '500 LOC', undefined, undefined, undefined],
      [8, 'Total Found', '243 god objects', '<=', 100, 'god objects'],
    ]);
    const reversed = metricsOf(['Files Covered: 42 files', 'Minimum Required: 40 files']);
    expect(reversed.map((m) => [m.name, m.target?.comparator, m.target?.value])).toEqual([['Files Covered', '>=', 40]]);
  });

  it('stay metrics of their own next to a value in another unit', () => {
    const metrics = metricsOf(['Maximum Allowed: 100 god objects', 'Total Found: 12%']);
    expect(metrics.map((m) => [m.name, m.target])).toEqual([
      ['Maximum Allowed', null],
      ['Total Found', null],
    ]);
  });
});
