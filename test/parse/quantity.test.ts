import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseBeforeAfter } from '../../src/parse/text/parseBeforeAfter.js';
import { parseMeasure } from '../../src/parse/text/parseMeasure.js';
import { readQuantity } from '../../src/parse/text/readQuantity.js';
import { readTarget } from '../../src/parse/text/readTarget.js';

const q = (text: string) => readQuantity(text)?.value ?? null;
const t = (text: string, bare = false) => readTarget(text, 0, bare)?.value ?? null;

describe('readQuantity', () => {
  it.each([
    ['~60%', 60, '%', true],
    ['95.2%', 95.2, '%', false],
    ['2.3s', 2.3, 's', false],
    ['1,234', 1234, null, false],
    ['-1,234.5 ms', -1234.5, 'ms', false],
    ['+53.9pp', 53.9, 'pp', false],
    ['87/100', 87, '/100', false],
    ['17/17 tests', 17, '/17', false],
    ['2.4x faster', 2.4, 'x', false],
    ['0 critical', 0, null, false],
    ['Zero critical/high findings', 0, null, false],
    ['450+ occurrences', 450, 'occurrences', false],
    ['70 files', 70, 'files', false],
    ['3 minutes', 3, 'min', false],
    ['6-hour window', 6, 'h', false],
    ['75,000 ops/sec', 75000, 'ops/sec', false],
    ['8.2 requests/sec', 8.2, 'req/s', false],
    ['512MB', 512, 'MB', false],
    ['<80%', 80, '%', true],
  ])('%s', (text, value, unit, approximate) => {
    expect(q(text)).toMatchObject({ value, unit, approximate });
  });

  it('keeps the text as written in raw', () => {
    expect(q('~60% today')?.raw).toBe('~60%');
    expect(q('17/17 tests passed')?.raw).toBe('17/17 tests');
  });

  // a range in a unit of time (`1-2 hours`) is a value: see ranges.test.ts
  it.each(['2025-09-27T04:14:00Z', '1.0.0', '1920x1080', '1-2', 'POT10', '02-main-dashboard.png', 'zeroes', 'n/a', ''])(
    'reads no quantity in %j',
    (text) => expect(q(text)).toBeNull(),
  );

  it('reads at a position and only at a word start', () => {
    expect(readQuantity('score 91%', 6)).toMatchObject({ start: 6, end: 9, value: { value: 91 } });
    expect(readQuantity('POT10', 3)).toBeNull();
  });
});

describe('readTarget', () => {
  it.each([
    ['>95%', '>', 95, '%'],
    ['>= 60.0', '>=', 60, null],
    ['≥90/100', '>=', 90, '/100'],
    ['<0.3% violations', '<', 0.3, '%'],
    ['≤ 5', '<=', 5, null],
    ['Maintain 92%+', 'maintain', 92, '%'],
    ['Maintain >92%', '>', 92, '%'],
    ['Maintain <40', '<', 40, null],
    ['at least 80%', '>=', 80, '%'],
    ['under 200ms', '<', 200, 'ms'],
    ['Target: 90%+', '>=', 90, '%'],
  ])('%s', (text, comparator, value, unit) => {
    expect(t(text)).toMatchObject({ comparator, value, unit });
  });

  it('records the target as written, without the cue', () => {
    expect(t('Maintain 92%+ overall')?.raw).toBe('Maintain 92%+');
    expect(t('Target: <20%')?.raw).toBe('<20%');
  });

  it('reads a bare value as a target only where a target is expected', () => {
    expect(t('90%')).toBeNull();
    expect(t('600+ patterns')).toBeNull();
    expect(t('90%', true)).toMatchObject({ comparator: '>=', value: 90 });
    expect(t('0', true)).toMatchObject({ comparator: '=', value: 0 });
    expect(t('All Pass', true)).toBeNull();
  });
});

describe('parseBeforeAfter', () => {
  it.each([
    ['Successful reduction from 74 to 70 files', [74, 'files'], [70, 'files']],
    ['12 -> 14', [12, null], [14, null]],
    ['46.1% → 100%', [46.1, '%'], [100, '%']],
    ['178 LOC -> 52 LOC (-126)', [178, 'LOC'], [52, 'LOC']],
    ['Reduced (104  7 files)', [104, 'files'], [7, 'files']],
    ['24→87→89/100', [87, '/100'], [89, '/100']],
  ])('%s', (text, [bv, bu], [av, au]) => {
    const change = parseBeforeAfter(text);
    expect(change?.before).toMatchObject({ value: bv, unit: bu });
    expect(change?.after).toMatchObject({ value: av, unit: au });
  });

  it('reads "(↑2 from Phase 2: 87/100)" as the before value after a labelled "from"', () => {
    expect(parseBeforeAfter('89/100 (↑2 from Phase 2: 87/100)')).toMatchObject({ before: { value: 87, unit: '/100' }, after: null });
  });

  it('reads no before from a label without a change cue', () => {
    expect(parseBeforeAfter('Imported from Phase 2: 87 files')).toBeNull();
  });

  it('reads "Improved from 78" as a before value only', () => {
    expect(parseBeforeAfter('(Improved from 78)')).toMatchObject({ before: { value: 78 }, after: null });
  });

  it('does not read ranges, targets or single spaces as changes', () => {
    expect(parseBeforeAfter('Varies from 0% to 85% across modules')).toBeNull();
    expect(parseBeforeAfter('156 violations -> target <30')).toBeNull();
    expect(parseBeforeAfter('from Phase 2 work')).toBeNull();
    expect(parseBeforeAfter('104 7 files')).toBeNull();
  });
});

describe('parseMeasure', () => {
  it('reads a target and the current value in parentheses', () => {
    expect(parseMeasure('>95% (currently ~60%)')).toMatchObject({
      target: { comparator: '>', value: 95, unit: '%', raw: '>95%' },
      current: { value: 60, unit: '%', approximate: true, raw: '~60%' },
    });
    expect(parseMeasure('80% (Target: 90%+)')).toMatchObject({ target: { comparator: '>=', value: 90 }, current: { value: 80 } });
    expect(parseMeasure('Agent spawn (<2s target)')?.target).toMatchObject({ comparator: '<', value: 2, unit: 's' });
    expect(parseMeasure('92.3% NASA POT10 (meets ≥92% requirement)')?.target).toMatchObject({ comparator: '>=', value: 92 });
  });

  it('reads status words and whether they say met', () => {
    expect(parseMeasure('Maintain 100% (achieved)')?.status).toEqual({ text: 'achieved', met: true });
    expect(parseMeasure('>0.85 achieved through consolidation')?.status).toEqual({ text: 'achieved', met: true });
    expect(parseMeasure('~58% (Below target of 90%)')?.status).toEqual({ text: 'Below target', met: false });
    expect(parseMeasure('>90% endpoint success')?.status).toBeNull();
  });

  it('takes the after value as current, and a value against a target', () => {
    expect(parseMeasure('from 74 to 70 files')?.current).toMatchObject({ value: 70, unit: 'files' });
    expect(parseMeasure('0 >= 60.0')).toMatchObject({ current: { value: 0 }, target: { comparator: '>=', value: 60 } });
    expect(parseMeasure('0 (Currently 113+)')).toMatchObject({ current: { value: 113 }, target: { comparator: '=', value: 0 } });
    expect(parseMeasure('87/100 (Improved from 78)')).toMatchObject({ current: { value: 87 }, before: { value: 78, unit: '/100' } });
  });

  it('holds nothing for text without a quantity up front', () => {
    expect(parseMeasure('Missing core test files (test_integration.py, test_performance.py)')).toBeNull();
    expect(parseMeasure('Extensive but with 12 critical failures in integration tests')).toBeNull();
    expect(parseMeasure('Clean (0 issues in analyzer/)')).toBeNull();
  });
});

describe('readers on generated values', () => {
  const piece = fc.constantFrom('>', '<', '>=', '≥', '~', 'Maintain ', 'Target: ', '(currently ', ')', 'from ', ' to ', ' -> ', '→', '  ', ' ',
    '95', '0.3', '1,234', '-2', '+53.9', '87/100', '%', 'pp', 'ms', 's', 'x', ' files', ' tests', 'Zero ', 'achieved', 'FAIL', '2025-09-27', '.', '/');
  const value = fc.array(fc.oneof(piece, fc.string({ maxLength: 4 })), { maxLength: 24 }).map((parts) => parts.join(''));

  it('never throw, and read only finite numbers written in the text', () => {
    fc.assert(
      fc.property(value, (text) => {
        const measure = parseMeasure(text);
        const flat = text.replace(/\s+/g, ' ');
        for (const q of [measure?.current, measure?.before, measure?.after, measure?.target]) {
          if (!q) continue;
          expect(q.value === null || Number.isFinite(q.value)).toBe(true);
          expect(flat).toContain(q.raw.replace(/\s+/g, ' '));
        }
      }),
      { numRuns: 400 },
    );
  });
});
