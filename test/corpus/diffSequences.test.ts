/**
 * Hand-checked diffs of the corpus's real sequences (read from ../shared/corpus,
 * never copied). Each expected change below was checked by reading both
 * reports; the comment before it quotes the lines. On all of them: no
 * regression from an uncertain pairing, every paired change cites both
 * reports, and --fail-on regression fires only on the audit that refutes a
 * claim (phase 8: remediation success → remediation audit).
 */
import { describe, expect, it } from 'vitest';
import { diff } from '../../src/diff/index.js';
import { history } from '../../src/history/index.js';
import type { PhaseDiff } from '../../src/model/diffSchema.js';
import { parse } from '../../src/parse/parse.js';
import { failFindings } from '../../src/run/failRules.js';
import { corpusText } from '../helpers/paths.js';

const read = (name: string) => parse(corpusText(name), { path: name });
const pair = (older: string, newer: string): PhaseDiff => diff(read(older), read(newer));
const metric = (d: PhaseDiff, name: string) => d.metrics.find((m) => m.name === name);
const issue = (d: PhaseDiff, older: number) => d.issues.find((i) => i.lines.older?.line === older);
const regression = (d: PhaseDiff) => failFindings(['regression'], { diff: d, evaluation: null, label: 'x' });

function citesBoth(d: PhaseDiff): void {
  for (const change of [...d.metrics, ...d.gates, ...d.issues, ...d.risks]) {
    if (change.match !== null) expect(change.lines.older !== undefined && change.lines.newer !== undefined, JSON.stringify(change)).toBe(true);
    if (change.match?.kind === 'uncertain') expect(['improved', 'regressed']).not.toContain(change.kind);
  }
}

describe('phase 6: initial assessment → final report', () => {
  const d = pair('artifacts_phase6-orchestration-initial-assessment.md', 'artifacts_phase6-orchestration-final.md');

  it('resolves the import issue by the ✅ line of the final report', () => {
    // initial L36 "Import Dependencies: Missing `API_TIMEOUT_SECONDS` ..."; final L22 "✅ API_TIMEOUT_SECONDS: Fixed"
    expect(issue(d, 36)).toMatchObject({ kind: 'resolved', lines: { newer: { line: 22 } } });
  });

  it('keeps the issues the final report still lists, under other words', () => {
    // initial L39 "File System: Chokidar file system watcher errors" → final L51 "File system watcher stability"
    expect(issue(d, 39)).toMatchObject({ kind: 'persisting', lines: { newer: { line: 51 } } });
    // initial L41 "Integration Failures (12 Critical)" → final L45 "Integration Failures: 12 critical JavaScript test failures"
    expect(issue(d, 41)).toMatchObject({ kind: 'persisting', lines: { newer: { line: 45 } } });
    // initial L38 "Docker/Container" → final L44 "Container Orchestration": flagged uncertain
    expect(issue(d, 38)).toMatchObject({ kind: 'persisting', match: { kind: 'uncertain' }, lines: { newer: { line: 44 } } });
  });

  it('reads the unchanged values as unchanged, and draws nothing from unlike pairs', () => {
    // initial L99 "Test Success Rate: >95% (currently ~60%)" → final L141 "Test Success: >95% (currently improving from ~60%)"
    expect(metric(d, 'Test Success')).toMatchObject({ kind: 'unchanged', lines: { older: { line: 99 }, newer: { line: 141 } } });
    // initial L25 "Security: Zero critical/high findings" → final L140 "Security: 100% score maintained": a count and a share
    expect(metric(d, 'Security')).toMatchObject({ kind: 'changed', match: { kind: 'uncertain' } });
    // final L206 "Recommendation: AUTHORIZE IMMEDIATE AGENT DEPLOYMENT" (after L180 PROCEED); the initial states no verdict
    expect(d.verdict).toMatchObject({ kind: 'appeared', direction: null, newer: { decision: 'go' } });
  });

  it('has no regression and cites both reports', () => {
    expect(d.metrics.filter((m) => m.kind === 'regressed')).toEqual([]);
    expect(regression(d)).toEqual([]);
    citesBoth(d);
  });
});

describe('phase 8: the four reports, in the order given', () => {
  const FILES = [
    'docs_PHASE8-COMPREHENSIVE-THEATER-AUDIT-REPORT.md',
    'artifacts_phase8-remediation-success-report.md',
    'artifacts_phase8-remediation-audit-report.md',
    'artifacts_phase8-final-audit-report.md',
  ];

  it('orders them as given, the FINAL audit last, and groups them as one sequence', () => {
    const h = history(FILES.map(read));
    expect(h.reports.map((r) => r.path)).toEqual(FILES);
  });

  it('comprehensive audit → remediation success: the claimed fixes improve, nothing regresses', () => {
    const d = pair(FILES[0] ?? '', FILES[1] ?? '');
    // audit L16 "Theater Percentage: 73%" → success L5 "Theater Score: 0%" (synonyms)
    expect(metric(d, 'Theater Score')).toMatchObject({ kind: 'improved', older: { raw: '73%' }, newer: { raw: '0%' }, lines: { older: { line: 16 }, newer: { line: 5 } } });
    expect(regression(d)).toEqual([]);
    citesBoth(d);
  });

  it('remediation success → remediation audit: the refutation is the headline and the one confident regression', () => {
    const d = pair(FILES[1] ?? '', FILES[2] ?? '');
    // success L5 "Theater Score: 0%" → audit L22 "Theater Score: ~75%"
    expect(metric(d, 'Theater Score')).toMatchObject({ kind: 'regressed', lines: { older: { line: 5 }, newer: { line: 22 } } });
    expect(d.headline).toBe(metric(d, 'Theater Score')?.id);
    // success L130 "Compilation Errors | 15+ | 0" → audit L45 "Compilation Errors | 4,303 | 1,423"
    expect(metric(d, 'Compilation Errors')).toMatchObject({ kind: 'regressed', delta: 1423, lines: { older: { line: 130 }, newer: { line: 45 } } });
    // success L131 "Mock Implementations | 8 | 0" → audit L21 "Mock Implementations: 2,242"
    expect(metric(d, 'Mock Implementations')).toMatchObject({ kind: 'regressed', lines: { older: { line: 131 }, newer: { line: 21 } } });
    expect(regression(d)).toEqual([
      'regression: x: metric "Theater Score" regressed',
      'regression: x: metric "Compilation Errors" regressed',
      'regression: x: metric "Mock Implementations" regressed',
      // success L153 "REMEDIATION STATUS: COMPLETE SUCCESS" (go) → audit L121 "FINAL VERDICT: STOP WORK ORDER REMAINS IN EFFECT" (no-go)
      'regression: x: the verdict got worse',
    ]);
    expect(d.verdict).toMatchObject({ direction: 'worse', lines: { older: { line: 153 }, newer: { line: 121 } } });
    citesBoth(d);
  });

  it('remediation audit → final audit: improvements, a verdict from STOP WORK ORDER to PROCEED, and no false range', () => {
    const d = pair(FILES[2] ?? '', FILES[3] ?? '');
    // audit L22 "Theater Score: ~75%" → final L21 "Theater Score | 73% | ~2%"
    expect(metric(d, 'Theater Score')).toMatchObject({ kind: 'improved', lines: { older: { line: 22 }, newer: { line: 21 } } });
    // audit L45 "Compilation Errors ... 1,423"; final L28 "compilation errors (lines 427-430)" is a line range, not a count
    expect(d.metrics.filter((m) => m.match?.kind === 'restated')).toEqual([]);
    // audit L121 "STOP WORK ORDER" → final L145 "PROCEED TO PRODUCTION"
    expect(d.verdict).toMatchObject({ direction: 'better', lines: { older: { line: 121 }, newer: { line: 145 } } });
    expect(regression(d)).toEqual([]);
    citesBoth(d);
  });
});

describe('phase 8: remediation audit → final audit, the issues reworded', () => {
  const d = pair('artifacts_phase8-remediation-audit-report.md', 'artifacts_phase8-final-audit-report.md');
  const row = (older: number) => {
    const c = issue(d, older);
    return [c?.kind, c?.match?.kind ?? null, c?.lines.newer?.line, c?.newer?.title ?? null];
  };
  const COMPILATION = 'TypeScript Compilation (1,316 errors)';
  const REMNANTS = 'Minor Theater Remnants (3 instances)';

  it('follows each problem the final audit still lists under other words, flagged uncertain', () => {
    // audit L12 "TypeScript Compilation Status: **CATASTROPHIC**" → final L73 "### TypeScript Compilation (1,316 errors)"
    expect(row(12)).toEqual(['persisting', 'uncertain', 73, COMPILATION]);
    // audit L18 "Development Artifacts: **EXCESSIVE**" (L19 console.log 4,746, L21 mocks 2,242) → final L80 "Console.log: 191 (down 96% from 4,746)"
    expect(row(18)).toEqual(['persisting', 'uncertain', 80, REMNANTS]);
    // audit L55 "String Literal Corruption" → final L74 "Primary Issue: String literal corruption in `execute-queen-complete-security.ts`"
    expect(row(55)).toEqual(['persisting', 'uncertain', 74, COMPILATION]);
    // audit L62 "Persistent Mock Implementations" → final L81 "Mock/Stub patterns: 3 (down 99.9% from 2,242)"
    expect(row(62)).toEqual(['persisting', 'uncertain', 81, REMNANTS]);
    // audit L68 "Console.log Explosion" → final L80
    expect(row(68)).toEqual(['persisting', 'uncertain', 80, REMNANTS]);
    // audit L87 "✗ Cannot compile TypeScript" → final L73
    expect(row(87)).toEqual(['persisting', 'uncertain', 73, COMPILATION]);
    // audit L88 "✗ 1,423 compilation errors" → final L73 (the title pairing)
    expect(row(88)).toEqual(['persisting', 'uncertain', 73, COMPILATION]);
    // audit L89 "✗ 4,746 console.log statements" → final L80, which still lists 191: not resolved by the ✅ of the progress row L17
    expect(row(89)).toEqual(['persisting', 'uncertain', 80, REMNANTS]);
    // audit L90 "✗ 2,242 mock implementations" → final L81 "(down 99.9% from 2,242)"
    expect(row(90)).toEqual(['persisting', 'uncertain', 81, REMNANTS]);
    expect(issue(d, 90)?.evidence).toBe('Mock/Stub patterns: 3 (down 99.9% from 2,242)');
  });

  it('drops only what the final audit no longer names, and lists nothing as new', () => {
    // audit L24 "File System Analysis", L29 "External Integration Status: MINIMAL", L91 "No real external integrations",
    // L92 "No evidence of working functionality": the final audit lists none of them as remaining (L71-82)
    expect(d.issues.filter((c) => c.kind === 'dropped').map((c) => c.lines.older?.line)).toEqual([24, 29, 91, 92]);
    // audit L34 "GitHub Actions Workflows" → final L31 "✅ Created 26 functional GitHub Actions workflows"
    expect(row(34)).toEqual(['resolved', 'marker', 31, null]);
    // final L79 "Minor Theater Remnants" continues the audit's counts (4,746 and 2,242): not new
    expect(d.issues.filter((c) => c.kind === 'new')).toEqual([]);
    citesBoth(d);
  });

  it('keeps the remediation audit\'s open issues open across the four reports', () => {
    const h = history(['docs_PHASE8-COMPREHENSIVE-THEATER-AUDIT-REPORT.md', 'artifacts_phase8-remediation-success-report.md', 'artifacts_phase8-remediation-audit-report.md', 'artifacts_phase8-final-audit-report.md'].map(read));
    // audit L90 "2,242 mock implementations": open in the audit (report 3), still named by final L81 (report 4)
    const mocks = h.issues.find((i) => i.title === '2,242 mock implementations');
    expect(mocks).toMatchObject({ outcome: 'open', states: [null, null, { status: 'open' }, { status: 'open', match: { kind: 'uncertain' }, position: { line: 81 } }] });
  });
});

describe('phase 9: theater audit → comprehensive theater audit', () => {
  const d = pair('artifacts_phase9-theater-audit-report.md', 'artifacts_theater-audit-comprehensive-report.md');

  it('follows the theater score and the weak assertions', () => {
    // L10 "Theater Score: 72/100" → L7 "Theater Score: 68/100" (lower is better)
    expect(metric(d, 'Theater Score')).toMatchObject({ kind: 'improved', delta: -4, lines: { older: { line: 10 }, newer: { line: 7 } } });
    // L16 "Weak toBeDefined() assertions: 602" → L253 "Weak Assertions: <5% (Currently 206+)"
    expect(metric(d, 'Weak Assertions')).toMatchObject({ kind: 'improved', older: { raw: '602' }, newer: { raw: '206+' }, lines: { older: { line: 16 }, newer: { line: 253 } } });
    // L241 "Real Tests: 28%" → L254 "Real Test Execution: 100% (Currently ~40%)"
    expect(metric(d, 'Real Test Execution')).toMatchObject({ kind: 'improved', lines: { older: { line: 241 }, newer: { line: 254 } } });
  });

  it('has no regression and cites both reports', () => {
    expect(regression(d)).toEqual([]);
    citesBoth(d);
  });
});

describe('integration: phase 2 reality report → final reality assessment', () => {
  const d = pair('tests_integration_phase_2_reality_report.md', 'tests_integration_FINAL_REALITY_ASSESSMENT.md');

  it('pairs the component scores it can, without inventing a direction', () => {
    // L57 "GitHub HTTP Integration | 33.3% | 90.0%" → L235 "GitHub HTTP Integration: 90.0%"
    expect(metric(d, 'GitHub HTTP Integration')).toMatchObject({ kind: 'unchanged', lines: { older: { line: 57 }, newer: { line: 235 } } });
    // L59 "File Operations | 0.0% | 100.0%" → L237 "File Operations: 85.0%": no polarity known, so 'changed'
    expect(metric(d, 'File Operations')).toMatchObject({ kind: 'changed', delta: -15 });
  });

  it('flags the final report stating the reality score twice (0.0% before, 82.1% after) as a conflict', () => {
    // final L18 "Reality Score: 0.0% - MAJOR THEATER DETECTED", L28 "Reality Score: 82.1% - PRODUCTION READY"
    expect(metric(d, 'Reality Score')?.conflict?.newer.map((s) => [s.value?.raw, s.position.line])).toEqual([
      ['0.0%', 18],
      ['82.1%', 28],
    ]);
  });

  it('has one confident regression, the headline score, and cites both reports', () => {
    // phase 2 L9 "**FINAL REALITY SCORE: 85.2%**" → final L9 "**FINAL REALITY SCORE: 82.1%**": lower is worse
    expect(d.metrics.filter((m) => m.kind === 'regressed').map((m) => [m.name, m.older?.raw, m.newer?.raw, m.lines.older?.line, m.lines.newer?.line])).toEqual([
      ['FINAL REALITY SCORE', '85.2%', '82.1%', 9, 9],
    ]);
    expect(regression(d)).toEqual(['regression: x: metric "FINAL REALITY SCORE" regressed']);
    citesBoth(d);
  });
});
