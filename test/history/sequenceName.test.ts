/** Sequences are named by the title stem their reports share, not by the first report's title. */
import { describe, expect, it } from 'vitest';
import { groupSequences } from '../../src/history/groupSequences.js';
import { sequenceName } from '../../src/history/sequenceName.js';
import { parse } from '../../src/parse/parse.js';

describe('sequenceName', () => {
  it('keeps the words every title has, in the first title\'s order and spelling, without report words at the ends', () => {
    expect(sequenceName(['Phase 4 Orion Payments Platform - Final Review', 'Phase 4 Orion Payments Platform - Kickoff Status (2025-05-01)'])).toBe('Phase 4 Orion Payments Platform');
    // the phase numbers differ: "Phase 5" and "PHASE 6" go with their numbers; the emoji is no word
    expect(sequenceName(['💳 Phase 5 Orion Payments Platform - Merchant Pilot Readiness Report', 'ORION PAYMENTS PLATFORM - PHASE 6 GO-LIVE ASSESSMENT'])).toBe('Orion Payments Platform');
    expect(sequenceName(['PHASE 3 LEDGER FINAL AUDIT REPORT', 'Phase 3 Ledger Migration - SUCCESS REPORT', 'Phase 3 Ledger Theater Audit Report'])).toBe('PHASE 3 LEDGER');
  });

  it('falls back to the first title for one report, or when only report words are shared', () => {
    expect(sequenceName(['Phase 4 Week 10: Backward Compatibility Assessment'])).toBe('Phase 4 Week 10: Backward Compatibility Assessment');
    expect(sequenceName(['Final Assessment Report', 'Initial Assessment Report'])).toBe('Final Assessment Report');
  });

  it('names automatic sequences of groupSequences; a project line still wins', () => {
    const report = (title: string, project = '') => ({ input: `${title}.md`, report: parse(`# ${title}\n\n${project}**Date**: 2025-03-01\n`, { path: 'x.md' }) });
    const sequences = groupSequences([
      report('Helios Mobile App: Sprint 3 Quality Review'),
      report('Atlas Pipeline Phase 2 Report', '**Project**: Atlas Data Pipeline\n'),
      report('Helios Mobile App: Sprint 4 Quality Review'),
      report('Atlas Pipeline Phase 3 Report', '**Project**: Atlas Data Pipeline\n'),
    ]);
    expect(sequences.map((s) => [s.name, s.rule, s.members])).toEqual([
      ['Helios Mobile App: Quality', 'title', [0, 2]],
      ['Atlas Data Pipeline', 'project', [1, 3]],
    ]);
  });
});
