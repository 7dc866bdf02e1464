/**
 * The history of a real sequence of the corpus (read from ../shared/corpus,
 * never copied): the four phase 8 audit reports.
 */
import { describe, expect, it } from 'vitest';
import { groupSequences } from '../../src/history/groupSequences.js';
import { history, renderHistoryMarkdown } from '../../src/history/index.js';
import { History } from '../../src/model/historySchema.js';
import { parse } from '../../src/parse/parse.js';
import { corpusText } from '../helpers/paths.js';

const FILES = [
  'docs_PHASE8-COMPREHENSIVE-THEATER-AUDIT-REPORT.md',
  'artifacts_phase8-remediation-audit-report.md',
  'artifacts_phase8-remediation-success-report.md',
  'artifacts_phase8-final-audit-report.md',
];
const reports = FILES.map((name) => parse(corpusText(name), { path: name }));
const result = history(reports);
const values = (id: number) => result.metrics[id]?.points.map((p) => p?.value ?? null);

describe('history: the four phase 8 reports', () => {
  it('keeps the input order but puts the FINAL report last, saying why (one phase, one day, a date missing)', () => {
    expect(result.reports.map((r) => r.path)).toEqual(FILES);
    expect(result.order.by).toBe('stage');
    expect(result.order.reason).toContain('a stage word of the title (initial, final) decided; 1 of 4 has no date');
    // all four are phase 8 and dated 2025-01-27 where dated (the success report has no date): "FINAL" (L1) places one last;
    // the comprehensive audit states "Theater Percentage: 73%" (L16) and "4,303" (L17), which the remediation audit gives
    // as before values (L45 "4,303", L49 "73%") and the success report too (L129 "73%"): carried figures place it first;
    // nothing tells the remediation audit and the success report apart, and the reason names them
    expect(result.order.reason).toContain(`${FILES.slice(1, 3).join(', ')} could not be told apart by phase, date, stage word or carried figures: they keep the order given`);
    // reversed input: the comprehensive audit still first (carried figures), then the two it cannot tell apart in the
    // order given, and "PHASE 8 FINAL REMEDIATION AUDIT REPORT" (L1) last
    const reversed = history([...reports].reverse()).reports.map((r) => r.path);
    expect(reversed).toEqual([FILES[0], FILES[2], FILES[1], FILES[3]]);
  });

  it('follows the compiler-error count down across renamed metrics', () => {
    const index = result.metrics.findIndex((m) => m.points[0]?.position.line === 17);
    expect(result.metrics[index]).toMatchObject({ better: 'lower', trend: 'improved' });
    expect(values(index)).toEqual([4303, 1423, null, 1316]);
    expect(result.metrics[index]?.points.map((p) => p?.position.line ?? null)).toEqual([17, 13, null, 16]);
  });

  it('follows the theater score from 73% to ~2%', () => {
    const index = result.metrics.findIndex((m) => m.points[0]?.position.line === 16);
    expect(values(index)).toEqual([73, 75, 0, 2]);
    expect(result.metrics[index]?.trend).toBe('improved');
  });

  it('moves the verdict from no-go to PROCEED', () => {
    const [first, second, , last] = result.verdicts;
    expect(first).toMatchObject({ value: 'BLOCKED', decision: 'no-go', position: { line: 391 } });
    expect(second).toMatchObject({ value: 'STOP WORK ORDER REMAINS IN EFFECT', decision: 'no-go', position: { line: 121 } });
    expect(last).toMatchObject({ value: 'PROCEED TO PRODUCTION', decision: 'go', position: { line: 145 } });
  });

  it('is valid, deterministic and fits a comment', () => {
    expect(History.parse(result)).toEqual(result);
    expect(JSON.stringify(history(reports))).toBe(JSON.stringify(result));
    const md = renderHistoryMarkdown(result);
    expect(md.length).toBeLessThanOrEqual(65_000);
    expect(md).toContain('| #4 | PHASE 8 FINAL REMEDIATION AUDIT REPORT | 8 | 2025-01-27 | PROCEED TO PRODUCTION (GO) |');
  });
});

describe('sequence names of the real sequences: the title stem their reports share', () => {
  const group = (names: readonly string[]) => groupSequences(names.map((name) => ({ input: name, report: parse(corpusText(name), { path: name }) })));

  it('names each real sequence by its shared stem, not by its first report', () => {
    // L1 of each: "PHASE 8 FINAL REMEDIATION AUDIT REPORT", "PHASE 8 REMEDIATION AUDIT REPORT",
    // "Phase 8 Protocol Migration Remediation - SUCCESS REPORT", "Phase 8 Comprehensive Theater Audit Report"
    expect(group(['artifacts_phase8-final-audit-report.md', ...FILES.slice(0, 3)]).map((s) => s.name)).toEqual(['PHASE 8']);
    // "Phase 6 Integration Coordination and Orchestration - Final Report", "Phase 6 Orchestration - Initial Assessment Report"
    expect(group(['artifacts_phase6-orchestration-final.md', 'artifacts_phase6-orchestration-initial-assessment.md']).map((s) => s.name)).toEqual(['Phase 6 Orchestration']);
    // "PHASE 2 GITHUB INTEGRATION - FINAL REALITY ASSESSMENT", "Phase 2 GitHub Integration - Reality Check Report"
    expect(group(['tests_integration_FINAL_REALITY_ASSESSMENT.md', 'tests_integration_phase_2_reality_report.md']).map((s) => s.name)).toEqual(['PHASE 2 GITHUB INTEGRATION']);
  });
});
