/** Counts written with nouns the parser does not know: never a confident pair across nouns or against a percentage. */
import { describe, expect, it } from 'vitest';
import { nounAfter } from '../../src/diff/countNouns.js';
import { diff } from '../../src/diff/index.js';
import { history } from '../../src/history/index.js';
import { parse } from '../../src/parse/parse.js';
import { failFindings } from '../../src/run/failRules.js';

const table = (title: string, rows: readonly string[]) =>
  parse([`# ${title}`, '', '## Metrics', '', '| Metric | Value |', '|---|---|', ...rows.map((r) => `| ${r} |`), ''].join('\n'), { path: `${title}.md` });

describe('nounAfter', () => {
  it('reads the word right after the value, singular, and not a severity, state or joining word', () => {
    expect(nounAfter('| Typed interfaces | **42** interfaces |', '42')).toBe('interface');
    expect(nounAfter('| Compilation Errors | 4,303 | 1,423 |', '1,423')).toBeNull();
    expect(nounAfter('- **Security**: 0 critical', '0')).toBeNull();
    expect(nounAfter('- Real API Integrations: 0 detected', '0')).toBeNull();
    expect(nounAfter('- Tests: 45 of 50', '45')).toBeNull();
  });
});

describe('diff: unitless counts of different nouns', () => {
  // L7 is the first table row in both reports
  const older = table('Phase 1', ['Mock usages | 42 services', 'Open defects | 12 critical', 'Typed modules | 40 files']);
  const newer = table('Phase 2', ['Mock usages | 17 classes', 'Open defects | 9 critical', 'Typed modules | 87%']);
  const d = diff(older, newer);
  const row = (name: string) => d.metrics.filter((m) => m.name === name).map((m) => [m.kind, m.match?.kind ?? null, m.older?.raw ?? null, m.newer?.raw ?? null]);

  it('pairs two counts of different unknown nouns only as uncertain, so no direction is drawn', () => {
    // L7 "42 services" → L7 "17 classes": nouns the parser reads but has no class for (units "services", "classes");
    // mock counts are lower-better, so a confident pair would say 'improved'
    expect(row('Mock usages')).toEqual([['changed', 'uncertain', '42 services', '17 classes']]);
  });

  it('still judges counts written with a severity word, the same on both sides', () => {
    // L8 "12 critical" → L8 "9 critical": open defects are lower-better
    expect(row('Open defects')).toEqual([['improved', 'exact', '12', '9']]);
  });

  it('never pairs a count of a known noun with a percentage', () => {
    // L9 "40 files" (count:files) and "87%" (percent)
    expect(row('Typed modules')).toEqual([
      ['dropped', null, '40 files', null],
      ['new', null, null, '87%'],
    ]);
  });

  it('lets --fail-on regression fire on none of them', () => {
    const worse = table('Phase 3', ['Mock usages | 90 classes', 'Open defects | 9 critical', 'Typed modules | 10%']);
    expect(failFindings(['regression'], { diff: diff(older, worse), evaluation: null, label: 'x' })).toEqual([]);
  });

  it('flags the same pairing uncertain in the history', () => {
    const h = history([older, newer]);
    expect(h.metrics.find((m) => m.name === 'Mock usages')?.points.map((p) => p?.match?.kind ?? null)).toEqual([null, 'uncertain']);
  });
});
