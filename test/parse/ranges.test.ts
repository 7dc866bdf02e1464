import { describe, expect, it } from 'vitest';
import { parse } from '../../src/parse/parse.js';
import { readQuantity } from '../../src/parse/text/readQuantity.js';

/**
 * A range in a unit of time is a value: effort and time estimates are written
 * that way (corpus PRODUCTION-VALIDATION-FINAL L324 "**Total Estimated
 * Effort**: 8-13 days to production readiness", PHASE8 theater audit
 * "3-4 weeks"). Ranges of shares and scores stay text (the diff judges a
 * restated range itself), and so do numbered spans with no unit.
 */
const value = (text: string) => readQuantity(text, 0)?.value ?? null;

describe('ranges', () => {
  it('reads a range in a unit of time as its text, with the unit', () => {
    expect(value('8-13 days to production readiness')).toEqual({ value: '8-13', unit: 'days', approximate: false, raw: '8-13 days' });
    expect(value('2–4 hours')).toMatchObject({ value: '2-4', unit: 'h', raw: '2–4 hours' });
    expect(value('100-300ms')).toMatchObject({ value: '100-300', unit: 'ms' });
    expect(value('~1-2 weeks')).toMatchObject({ value: '1-2', unit: 'weeks', approximate: true });
  });

  it('reads no range from spans, dates, falling pairs, shares or scores', () => {
    expect(value('Phase 1-2')).toBeNull();
    expect(value('2025-09-27')).toBeNull();
    expect(value('10-5 days')).toBeNull();
    expect(value('60-70%')).toBeNull();
    expect(value('35-45/100')).toBeNull();
  });

  it('makes an estimate line a metric', () => {
    const report = parse(['# Plan', '', '## Estimate', '', '**Total Estimated Effort**: 8-13 days to production readiness', ''].join('\n'), { path: 'plan.md' });
    expect(report.metrics.map((m) => [m.position.line, m.name, m.current?.value, m.current?.unit])).toEqual([[5, 'Total Estimated Effort', '8-13', 'days']]);
  });
});
