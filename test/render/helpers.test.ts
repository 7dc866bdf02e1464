import { describe, expect, it } from 'vitest';
import { HELPERS } from '../../src/render/index.js';

const call = (name: string, ...args: unknown[]): string => {
  const helper = HELPERS[name];
  if (!helper) throw new Error(`no helper ${name}`);
  return String(helper(...args));
};

describe('helpers', () => {
  it('number: thousands separators, at most N decimals, locale-free; — for non-numbers', () => {
    expect(call('number', 1234567)).toBe('1,234,567');
    expect(call('number', 0.856, 2)).toBe('0.86');
    expect(call('number', 92.0)).toBe('92');
    expect(call('number', -1234.25, 1)).toBe('-1,234.3');
    expect(call('number', -0.01, 1)).toBe('0');
    expect(call('number', null)).toBe('—');
    expect(call('number', Number.NaN)).toBe('—');
  });

  it('percent: a ratio as a percentage', () => {
    expect(call('percent', 0.6)).toBe('60%');
    expect(call('percent', 0.8567, 1)).toBe('85.7%');
    expect(call('percent', undefined)).toBe('—');
  });

  it('quantity: a Target or Quantity as written', () => {
    expect(call('quantity', { raw: '>95%' })).toBe('>95%');
    expect(call('quantity', { raw: ' ' })).toBe('—');
    expect(call('quantity', null)).toBe('—');
  });

  it('date: ISO text read without Date or time zone; other text unchanged', () => {
    expect(call('date', '2025-09-27T04:14:00Z')).toBe('27 Sep 2025');
    expect(call('date', '2025-09-27T04:14:00Z', 'time')).toBe('27 Sep 2025, 04:14 UTC');
    expect(call('date', '2025-01-05T23:59:00+02:00', 'time')).toBe('5 Jan 2025, 23:59');
    expect(call('date', '2025-13-01')).toBe('2025-13-01');
    expect(call('date', 'September 2025')).toBe('September 2025');
  });

  it('label and tone: from the policy tables, with fallbacks', () => {
    expect(call('label', 'not-met')).toBe('Not met');
    expect(call('label', 'no-go')).toBe('NO-GO');
    expect(call('label', 'in-progress')).toBe('In progress');
    expect(call('label', 'short-term')).toBe('Short term');
    expect(call('tone', 'GO')).toBe('good');
    expect(call('tone', 'Not Met')).toBe('bad');
    expect(call('tone', 'medium')).toBe('warn');
    expect(call('tone', 'whatever')).toBe('neutral');
    expect(call('tone', true)).toBe('good');
  });

  it('badge: an escaped pill in the tone of the status', () => {
    expect(call('badge', 'no-go')).toBe('<span class="badge tone-bad">NO-GO</span>');
    expect(call('badge', 'go', '<b>GO</b>')).toBe('<span class="badge tone-good">&lt;b&gt;GO&lt;/b&gt;</span>');
  });

  it('delta: arrow and signed difference, percentage points for %', () => {
    expect(call('delta', 60, 95, '%')).toBe('<span class="delta delta-up" title="from 60 to 95 pp">▲ +35 pp</span>');
    expect(call('delta', 74, 70, 'files')).toBe('<span class="delta delta-down" title="from 74 to 70 files">▼ -4 files</span>');
    expect(call('delta', 1, 1)).toContain('■ 0');
    expect(call('delta', null, 1)).toBe('');
    expect(call('delta', 1, 2, '"><script>')).not.toContain('<script>');
  });

  it('progress: an inline SVG bar, clamped, hatched when unknown', () => {
    expect(call('progress', 0.6, 'not-met')).toContain('<rect class="bar-fill tone-bad" width="60"');
    expect(call('progress', 1.7)).toContain('width="100" height="8" rx="4"/></svg>');
    expect(call('progress', null)).toContain('bar-unknown');
    expect(call('progress', null)).not.toContain('bar-fill');
  });

  it('barChart: one escaped row per item, scaled to the largest', () => {
    const svg = call('barChart', [
      { name: 'High', value: 4, status: 'high' },
      { name: '<Low>', value: 2, status: 'low' },
      { name: 'bad item' },
    ]);
    expect(svg.match(/<rect /g)).toHaveLength(2);
    expect(svg).toContain('&lt;Low&gt;');
    expect(svg).toContain('class="bar-fill tone-bad" x="110" y="5" width="210"');
    expect(svg).toContain('width="105"');
    expect(call('barChart', [])).toBe('');
  });

  it('plural, logic and counting helpers', () => {
    expect(call('plural', 1, 'issue')).toBe('1 issue');
    expect(call('plural', 3, 'entry', 'entries')).toBe('3 entries');
    expect(call('plural', [1, 2], 'risk')).toBe('2 risks');
    expect(HELPERS['eq']?.('a', 'a')).toBe(true);
    expect(HELPERS['ne']?.(1, 2)).toBe(true);
    expect(HELPERS['gt']?.(2, 1)).toBe(true);
    expect(HELPERS['lt']?.('1', 2)).toBe(false);
    expect(HELPERS['and']?.(1, [], 'x')).toBe(false);
    expect(HELPERS['or']?.(0, [1])).toBe(true);
    expect(HELPERS['not']?.([])).toBe(true);
    expect(HELPERS['len']?.([1, 2, 3])).toBe(3);
    expect(HELPERS['ratio']?.(1, 4)).toBe(0.25);
    expect(HELPERS['ratio']?.(1, 0)).toBeNull();
  });
});
