import { describe, expect, it } from 'vitest';
import { diff } from '../../src/diff/index.js';
import { issue, report, section } from './factory.js';

describe('diff: issues', () => {
  it('pairs by stable id and reads the status move', () => {
    const older = report({
      issues: [
        issue('Docker errors', 10, { severity: 'high' }),
        issue('Watcher crash', 11, { severity: 'medium', status: 'resolved' }),
        issue('Flaky suite', 12, { severity: 'low' }),
        issue('Old bug', 13, { status: 'resolved' }),
      ],
    });
    const newer = report({
      issues: [
        issue('Docker errors', 20, { severity: 'critical' }),
        issue('Watcher crash', 21, { severity: 'low' }),
        issue('Flaky suite', 22, { severity: 'low', status: 'resolved' }),
        issue('Old bug', 23, { status: 'resolved' }),
        issue('Memory leak', 24),
      ],
    });
    const changes = diff(older, newer).issues;
    expect(changes.map((c) => [c.title, c.kind, c.severity, c.match?.kind ?? null])).toEqual([
      ['Docker errors', 'persisting', 'raised', 'exact'],
      ['Watcher crash', 'reopened', 'lowered', 'exact'],
      ['Flaky suite', 'resolved', null, 'exact'],
      ['Old bug', 'still-resolved', null, 'exact'],
      ['Memory leak', 'new', null, null],
    ]);
    expect(changes[0]?.lines).toEqual({ older: { line: 10, column: 1 }, newer: { line: 20, column: 1 } });
  });

  it('pairs by shared identifiers when the titles differ', () => {
    const older = report({
      issues: [issue('Import Dependencies: Missing `API_TIMEOUT_SECONDS`', 36, { identifiers: ['API_TIMEOUT_SECONDS', 'src.constants.base'] })],
    });
    const newer = report({
      issues: [issue('API_TIMEOUT_SECONDS: Fixed', 22, { identifiers: ['API_TIMEOUT_SECONDS'], status: 'resolved' })],
    });
    const [change] = diff(older, newer).issues;
    expect(change?.kind).toBe('resolved');
    expect(change?.match?.kind).toBe('similar');
    expect(change?.match?.score).toBeGreaterThanOrEqual(0.75);
    expect(change?.lines).toEqual({ older: { line: 36, column: 1 }, newer: { line: 22, column: 1 } });
  });

  it('flags a weak pairing as uncertain instead of guessing', () => {
    const older = report({ issues: [issue('Performance Compliance', 5)] });
    const newer = report({ issues: [issue('Performance Budget', 9)] });
    const [change] = diff(older, newer).issues;
    expect(change?.match).toEqual({ kind: 'uncertain', score: 0.5 });
    expect(diff(older, newer).summary.uncertain).toBe(1);
  });

  it('keeps a resolved issue resolved when the newer report no longer lists it', () => {
    const [change] = diff(report({ issues: [issue('Webhook Retry Storms', 41, { status: 'resolved' })] }), report()).issues;
    expect(change).toMatchObject({ kind: 'still-resolved', newer: null, lines: { older: { line: 41, column: 1 } } });
  });

  it('keeps unrelated issues apart', () => {
    const changes = diff(report({ issues: [issue('Docker errors', 5)] }), report({ issues: [issue('Memory leak', 9)] })).issues;
    expect(changes.map((c) => c.kind)).toEqual(['dropped', 'new']);
  });

  it('calls an absent issue resolved only when a newer line says so', () => {
    const older = report({
      issues: [
        issue('Import Dependencies', 36, { identifiers: ['API_TIMEOUT_SECONDS'] }),
        issue('Chokidar watcher errors', 39),
        issue('Docker environment detection', 38),
      ],
    });
    const markdown = ['- **Constants Module**: resolved', '  - ✅ API_TIMEOUT_SECONDS: Fixed', '- Docker environment detection still failing'].join('\n');
    const newer = report({ sections: [section('Infrastructure Stabilization', 20, markdown), { ...section('Open Issues', 40, '- None listed'), kind: 'issues' }] });
    const changes = diff(older, newer).issues;
    expect(changes.map((c) => [c.title, c.kind, c.match?.kind ?? null])).toEqual([
      ['Import Dependencies', 'resolved', 'marker'],
      ['Chokidar watcher errors', 'dropped', null],
      ['Docker environment detection', 'dropped', null],
    ]);
    // the same newer report without its issue list says nothing about the two: not-reported, not dropped
    const silent = diff(older, report({ sections: [section('Infrastructure Stabilization', 20, markdown)] })).issues;
    expect(silent.map((c) => c.kind)).toEqual(['resolved', 'not-reported', 'not-reported']);
    expect(changes[0]?.evidence).toBe('- ✅ API_TIMEOUT_SECONDS: Fixed');
    expect(changes[0]?.lines).toEqual({ older: { line: 36, column: 1 }, newer: { line: 23, column: 3 } });
  });

  it('accepts a title mention with a resolved word when the issue has no identifiers', () => {
    const older = report({ issues: [issue('File system watcher errors', 39)] });
    const newer = report({ sections: [section('Fixes', 10, 'Intro\n\n- File system watcher errors (FIXED)')] });
    const [change] = diff(older, newer).issues;
    expect(change?.kind).toBe('resolved');
    expect(change?.lines.newer).toEqual({ line: 14, column: 1 });
  });
});

describe('diff: resolution markers', () => {
  it('does not read resolved words inside code spans', () => {
    const older = report({ issues: [issue('String Literal Corruption', 55)] });
    const newer = report({ sections: [{ ...section('Remaining', 70, '- **Primary Issue**: String literal corruption in `execute-queen-complete-security.ts`'), kind: 'issues' }] });
    expect(diff(older, newer).issues[0]?.kind).toBe('dropped');
  });
});
