/** Issues still listed under other words (findIssueMention): what counts as naming one, and what does not. */
import { describe, expect, it } from 'vitest';
import { diff } from '../../src/diff/index.js';
import { distinctiveNumbers } from '../../src/diff/findIssueMention.js';
import { issue, report, section } from './factory.js';

describe('distinctiveNumbers', () => {
  it('keeps counts and leaves out percentages, decimals, round numbers, years, small numbers and numbers inside names', () => {
    const text = 'down 99.9% from 2,242 mocks; 100 files; 1,000 rows; 57 items; dated 2025-01-27; A2AProtocolAPI line 747, 4,746.';
    expect([...distinctiveNumbers(text)].sort((a, b) => a - b)).toEqual([747, 2242, 4746]);
  });
});

describe('diff: an issue named by a newer issue under other words', () => {
  // the newer report: one issue heading (L10) with two bullets (L12, L13), then many lines about tests
  const testLines = Array.from({ length: 12 }, (_, i) => `- test suite ${i} runs`).join('\n');
  const newer = report({
    sections: [
      section('Leftovers (3 instances)', 10, '- Stub clients: 3 (down from 1,204)\n- Tests should verify actual behavior'),
      section('Test Runs', 20, testLines),
    ],
    issues: [issue('Leftovers (3 instances)', 10, { sectionId: 'leftovers-3-instances-' })],
  });

  it('pairs by a repeated count or by the subject words of the title, flagged uncertain', () => {
    const older = report({
      issues: [
        // the count 1,204 is repeated by newer L12
        issue('Debug Leftovers: EXCESSIVE', 5, { detail: 'Stub clients: 1,204' }),
        // "stub" and "mock" are one topic (policy/issueMentions.ts); "Persistent" is a qualifier
        issue('Persistent Mock Clients', 6),
      ],
    });
    const changes = diff(older, newer).issues;
    expect(changes.map((c) => [c.older?.title ?? null, c.kind, c.match, c.lines.newer?.line])).toEqual([
      ['Debug Leftovers: EXCESSIVE', 'persisting', { kind: 'uncertain', score: 0.75 }, 12],
      ['Persistent Mock Clients', 'persisting', { kind: 'uncertain', score: 1 }, 12],
    ]);
  });

  it('does not pair by words the newer report uses on most lines (its theme)', () => {
    // "test" is on 13 of the newer report's 17 lines; "behavior" alone is too vague to name an issue
    const older = report({ issues: [issue('Test Behavior, Not Implementation', 5)] });
    expect(diff(older, newer).issues.map((c) => [c.older?.title ?? c.newer?.title, c.kind])).toEqual([
      ['Test Behavior, Not Implementation', 'dropped'],
      ['Leftovers (3 instances)', 'new'],
    ]);
  });

  it('does not pair numbered siblings with the one the newer report continues', () => {
    const older = report({ issues: [issue('Issue 0 owned by the ops team', 5), issue('Issue 3 owned by the ops team', 6)] });
    const later = report({ issues: [issue('Issue 0 owned by the ops team', 9)] });
    expect(diff(older, later).issues.map((c) => [c.older?.title, c.kind])).toEqual([
      ['Issue 0 owned by the ops team', 'persisting'],
      ['Issue 3 owned by the ops team', 'dropped'],
    ]);
  });

  it('keeps a newer issue new when only a line under it shares words with an older one', () => {
    const later = report({
      sections: [section('Math.random() findings', 10, '- TestOrchestrator.ts:324 still draws random durations')],
      issues: [issue('Math.random() findings', 10, { sectionId: 'math-random-findings' })],
    });
    const older = report({ issues: [issue('TestOrchestrator.ts', 5)] });
    expect(diff(older, later).issues.map((c) => [c.older?.title ?? null, c.kind, c.lines.newer?.line, c.newer?.title])).toEqual([
      ['TestOrchestrator.ts', 'persisting', 12, 'Math.random() findings'],
      [null, 'new', 10, 'Math.random() findings'],
    ]);
  });
});
