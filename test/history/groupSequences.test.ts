import { describe, expect, it } from 'vitest';
import { groupSequences } from '../../src/history/groupSequences.js';
import { parse } from '../../src/parse/parse.js';

/** A report as a test writes one: title, optional project and date lines. */
const report = (input: string, title: string, lines: readonly string[] = []) => ({
  input,
  report: parse([`# ${title}`, '', ...lines, '', '## Metrics', '', '- **Coverage**: 80%', ''].join('\n'), { path: input }),
});
const names = (sequences: ReturnType<typeof groupSequences>, inputs: ReadonlyArray<{ input: string }>) =>
  sequences.map((s) => s.members.map((m) => inputs[m]?.input));

describe('groupSequences: a named project keeps strangers out', () => {
  it('does not let one shared title word carry a report into a project its title does not name', () => {
    const inputs = [
      report('orion-4.md', 'Phase 4 Orion Payments Platform - Settlement Hardening Assessment'),
      report('orion-5.md', 'ORION PAYMENTS PLATFORM - PHASE 5 PILOT ASSESSMENT', ['**Project**: Orion Payments Platform']),
      // "hardening" is its only title word, shared with orion-4: a title link, but it names no Orion
      report('other-3.md', 'Phase 3 Hardening Assessment'),
      report('other-4.md', 'Phase 4 Hardening Assessment'),
    ];
    const sequences = groupSequences(inputs);
    expect(names(sequences, inputs)).toEqual([['orion-4.md', 'orion-5.md'], ['other-3.md', 'other-4.md']]);
    expect(sequences.map((s) => s.rule)).toEqual(['project', 'title']);
  });
});

describe('groupSequences: the phase family', () => {
  const series = [
    report('a.md', 'PHASE 8 REMEDIATION AUDIT REPORT', ['**Date**: 2025-01-27']),
    report('b.md', 'Phase 8 Protocol Migration Remediation - SUCCESS REPORT', ['**Date**: 2025-01-28']),
  ];

  it('takes a lone report of the same phase written the same days', () => {
    const inputs = [...series, report('c.md', 'Phase 8 Comprehensive Theater Audit Report', ['**Date**: 2025-01-27'])];
    const sequences = groupSequences(inputs);
    expect(names(sequences, inputs)).toEqual([['a.md', 'b.md', 'c.md']]);
    expect(sequences[0]?.rule).toBe('phase');
  });

  it('leaves alone a report of the same phase number written months apart, or undated', () => {
    const far = [...series, report('c.md', 'Phase 8 Comprehensive Theater Audit Report', ['**Date**: 2025-09-27'])];
    expect(names(groupSequences(far), far)).toEqual([['a.md', 'b.md'], ['c.md']]);
    const undated = [...series, report('c.md', 'Phase 8 Comprehensive Theater Audit Report')];
    expect(names(groupSequences(undated), undated)).toEqual([['a.md', 'b.md'], ['c.md']]);
  });

  it('needs a series: one report of that phase is no family', () => {
    const inputs = [series[0], report('d.md', 'Phase 9 Remediation Audit', ['**Date**: 2025-01-29']), report('c.md', 'Phase 8 Theater Review', ['**Date**: 2025-01-27'])].filter((i) => i !== undefined);
    // a and d are one sequence by title; c shares phase 8 and the week with a, but a alone is not a phase 8 series
    expect(names(groupSequences(inputs), inputs)).toEqual([['a.md', 'd.md'], ['c.md']]);
  });
});
