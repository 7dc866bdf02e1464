/**
 * The fixture sequences in fixtures/diff-sequences/, each written to show one
 * way a diff went wrong. Every expected change below was checked by reading
 * both reports; the lines cited are the lines of those files.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diff, renderDiffMarkdown } from '../../src/diff/index.js';
import type { PhaseDiff } from '../../src/model/diffSchema.js';
import { parse } from '../../src/parse/parse.js';
import { failFindings } from '../../src/run/failRules.js';
import { repoRoot } from '../helpers/paths.js';

const read = (folder: string, file: string) => parse(readFileSync(join(repoRoot, 'fixtures', 'diff-sequences', folder, file), 'utf8'), { path: `${folder}/${file}` });
const pair = (folder: string): PhaseDiff => diff(read(folder, 'older.md'), read(folder, 'newer.md'));
const regression = (d: PhaseDiff): string[] => failFindings(['regression'], { diff: d, evaluation: null, label: 'x' });
const row = (d: PhaseDiff, name: string) => d.metrics.find((m) => m.name === name);
const FALSE_KINDS = new Set(['dropped', 'retired', 'removed']);

describe('units-and-subjects: metrics pair only when subject and unit agree', () => {
  const d = pair('units-and-subjects');

  it('pairs the one true pair and lets only it regress', () => {
    // older L11 "| Interface coverage | 61% |", newer L11 "| Interface coverage | 58% |"
    expect(row(d, 'Interface coverage')).toMatchObject({ kind: 'regressed', delta: -3, match: { kind: 'exact' }, lines: { older: { line: 11 }, newer: { line: 11 } } });
    expect(regression(d)).toEqual(['regression: x: metric "Interface coverage" regressed']);
  });

  it('flags a count of interfaces against a percentage as uncertain, never regressed', () => {
    // older L10 "42 interfaces" (a count noun, no unit class), newer L10 "87%"
    expect(row(d, 'Typed interfaces')).toMatchObject({ kind: 'changed', match: { kind: 'uncertain' }, older: { raw: '42 interfaces', unit: 'interfaces' }, newer: { raw: '87%' } });
    // older L13 "12,400 LOC", newer L13 "310 objects": lines of code against a number of objects, no delta between them
    expect(row(d, 'Codebase size')).toMatchObject({ kind: 'changed', match: { kind: 'uncertain' }, delta: null, newer: { raw: '310 objects', unit: 'objects' } });
    expect(d.summary.uncertain).toBe(2);
  });

  it('does not compare one component score with another', () => {
    // older L12 "Ingest worker score | 72/100", newer L12 "Scheduler score | 64/100"
    expect(row(d, 'Ingest worker score')?.kind).toBe('dropped');
    expect(row(d, 'Scheduler score')?.kind).toBe('new');
  });

  it('judges a build time as lower-better', () => {
    // older L14 "41s", newer L14 "38s"
    expect(row(d, 'Build time')).toMatchObject({ kind: 'improved', better: 'lower', judgedBy: 'name' });
  });
});

describe('conflict: a metric stated twice in one report', () => {
  const d = pair('conflict');

  it('is one metric with a conflict, never a change', () => {
    // newer L7 "Test pass rate: 94%" (summary) and L14 "| Test pass rate | 91% |" (detail); older L7 "92%"
    expect(row(d, 'Test pass rate')).toMatchObject({
      kind: 'conflict',
      conflict: { older: [], newer: [{ value: { raw: '94%' }, position: { line: 7 } }, { value: { raw: '91%' }, position: { line: 14 } }] },
    });
    expect(d.metrics.filter((m) => m.name === 'Test pass rate')).toHaveLength(1);
    expect(d.summary.conflicts).toBe(1);
    expect(regression(d)).toEqual([]);
  });

  it('still judges the metrics stated once', () => {
    // older L8 "Open defects: 14", newer L8 "Open defects: 9"
    expect(row(d, 'Open defects')).toMatchObject({ kind: 'improved', delta: -5 });
  });
});

describe('absent-sections: absent is not gone', () => {
  const d = pair('absent-sections');

  it('calls risks of a report with no risk section not-reported, not retired', () => {
    // older L13-15 list three risks; the newer report has no Risks heading at all
    expect(d.risks.map((r) => [r.title, r.kind, r.lines.older?.line])).toEqual([
      ['App-store review delay', 'not-reported', 13],
      ['Offline cache corruption', 'not-reported', 14],
      ['Vendor SDK deprecation', 'not-reported', 15],
    ]);
  });

  it('reads ELIMINATED and RESOLVED on any line that names the issue, and follows reworded issues', () => {
    expect(d.issues.map((i) => [i.title, i.kind, i.lines.older?.line, i.lines.newer?.line])).toEqual([
      // older L7, newer L8 "Console.log statements in the sync worker: RESOLVED (0 remaining)"
      ['Console.log statements in the sync worker', 'resolved', 7, 8],
      // older L8, newer L7 "Math.random() session IDs: ELIMINATED, ..."
      ['Math.random() used for session IDs', 'resolved', 8, 7],
      // older L9 "Flaky push-notification retries", newer L12 "Push-notification retries still flaky"
      ['Push-notification retries still flaky', 'persisting', 9, 12],
    ]);
    expect([...d.issues, ...d.risks].filter((c) => FALSE_KINDS.has(c.kind))).toEqual([]);
  });
});

describe('target-moved: targets are facts too', () => {
  const d = pair('target-moved');

  it('shows a lowered bar on a gate whose met did not change', () => {
    // older L9 "| Test coverage | >95% | 84% | ✅ PASS |", newer L9 "| Test coverage | >80% | 84% | ✅ PASS |"
    expect(d.gates.find((g) => g.criterion === 'Test coverage')).toMatchObject({
      kind: 'target-changed',
      targets: { older: { raw: '>95%' }, newer: { raw: '>80%' }, move: 'eased' },
      values: { older: { raw: '84%' }, newer: { raw: '84%' } },
    });
    // older L10 ">99%", newer L10 ">99.5%": a raised bar
    expect(d.gates.find((g) => g.criterion === 'Crash-free sessions')?.targets.move).toBe('tightened');
    expect(d.summary.targetChanges).toBe(4);
  });

  it('puts moved targets at the top of the comment', () => {
    const md = renderDiffMarkdown(d);
    expect(md.indexOf('### ⚠ Targets that moved')).toBeLessThan(md.indexOf('### Quality gates'));
    expect(md).toContain('| Gate: Test coverage | >95% | >80% | eased | 84% | L9 → L9 |');
    expect(md).toContain('**⚠ Target changes:** 4 (2 eased, 2 tightened)');
  });

  it('fails --fail-on regression on the real regression only', () => {
    // older L11 "Lint errors | 0 | 0 | ✅", newer L11 "0 | 2 | ❌"
    expect(regression(d)).toEqual(['regression: x: metric "Lint errors" regressed', 'regression: x: gate "Lint errors" is no longer met']);
  });
});

describe('refutation: a claimed score audited far worse, written as a range', () => {
  const d = pair('refutation');

  it('finds the restated values and judges them against the whole range', () => {
    // older L7 "Production Readiness Score: 92/100", newer L9 "Production Readiness Score: 35-45/100 (audited)"
    expect(row(d, 'Production Readiness Score')).toMatchObject({
      kind: 'regressed',
      older: { raw: '92/100' },
      newer: { raw: '35-45/100' },
      range: { low: 35, high: 45 },
      delta: -47,
      match: { kind: 'restated' },
      lines: { older: { line: 7 }, newer: { line: 9 } },
    });
    // older L8 "Theater Score: 8%", newer L10 "Theater Score: 60-70%": theater is lower-better
    expect(row(d, 'Theater Score')).toMatchObject({ kind: 'regressed', delta: 52, lines: { older: { line: 8 }, newer: { line: 10 } } });
    expect(d.headline).toBe(row(d, 'Theater Score')?.id);
    expect(renderDiffMarkdown(d)).toContain('**Headline:** Theater Score: 8% → 60-70% (regressed; L8 → L10)');
  });
});

describe('reworded: issues still listed under other words are not dropped', () => {
  const d = pair('reworded');
  const at = (line: number) => d.issues.find((i) => i.lines.older?.line === line);

  it('pairs each reworded issue with the newer line that still names it, flagged uncertain', () => {
    expect(d.issues.map((i) => [i.older?.title ?? null, i.kind, i.match?.kind ?? null, i.lines.older?.line, i.lines.newer?.line, i.newer?.title ?? null])).toEqual([
      // older L7 "Compilation Status: BROKEN" → newer L14 "Compilation (212 errors)" (the title pairing)
      ['Compilation Status: BROKEN', 'persisting', 'similar', 7, 14, 'Compilation (212 errors)'],
      // older L11 "Leftover Debug Output: EXCESSIVE" → newer L18 "Minor Debug Leftovers (2 kinds)" (title likeness 0.58)
      ['Leftover Debug Output: EXCESSIVE', 'persisting', 'uncertain', 11, 18, 'Minor Debug Leftovers (2 kinds)'],
      // older L15 "Persistent Stub Gateways" → newer L20 "Stub gateways: 2 (down from 57)"
      ['Persistent Stub Gateways', 'persisting', 'uncertain', 15, 20, 'Minor Debug Leftovers (2 kinds)'],
      // older L18 "Template String Corruption" → newer L15 "Primary cause: template string corruption in `invoice-render.ts`"
      ['Template String Corruption', 'persisting', 'uncertain', 18, 15, 'Compilation (212 errors)'],
      // older L22 "Compilation fails" → newer L14 "Compilation (212 errors)": fails is a state, compilation the subject
      ['Compilation fails', 'persisting', 'uncertain', 22, 14, 'Compilation (212 errors)'],
      // older L23 "1,318 print() calls" → newer L19 "print() calls: 40 (down from 1,318)", not the ✅ progress row L9
      ['1,318 print() calls', 'persisting', 'uncertain', 23, 19, 'Minor Debug Leftovers (2 kinds)'],
      // older L24 "No audit trail for refunds": the newer L22 "Refund Ledger Export Missing" is another problem
      ['No audit trail for refunds', 'dropped', null, 24, undefined, null],
      // older L25 "Currency rounding off by one cent": named nowhere in the newer report
      ['Currency rounding off by one cent', 'dropped', null, 25, undefined, null],
      // newer L22: new; "Minor Debug Leftovers" (L18) is not new, its lines repeat the older counts 1,318 and 57
      [null, 'new', null, undefined, 22, 'Refund Ledger Export Missing'],
    ]);
  });

  it('shows the line that names the issue as the evidence', () => {
    expect(at(15)?.evidence).toBe('Stub gateways: 2 (down from 57)');
    expect(at(23)).toMatchObject({ evidence: 'print() calls: 40 (down from 1,318)', match: { kind: 'uncertain', score: 1 } });
    expect(renderDiffMarkdown(d)).toContain(
      '| Persisting | 1,318 print() calls → Minor Debug Leftovers (2 kinds) | blocking → low | open | L23 → L19 | ⚠ uncertain: reworded? still named by "print() calls: 40 (down from 1,318)" |',
    );
  });
});

describe('every change cites its lines', () => {
  it('cites both reports for every paired change of every fixture sequence', () => {
    for (const folder of ['units-and-subjects', 'conflict', 'absent-sections', 'target-moved', 'refutation', 'reworded']) {
      const d = pair(folder);
      for (const change of [...d.metrics, ...d.gates, ...d.issues, ...d.risks]) {
        if (change.match !== null) expect(change.lines.older && change.lines.newer, `${folder}: ${JSON.stringify(change)}`).toBeTruthy();
        else expect(change.lines.older ?? change.lines.newer).toBeDefined();
      }
    }
  });
});
