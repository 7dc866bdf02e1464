import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/parse/parse.js';
import { readVerdict } from '../../src/parse/text/readVerdict.js';
import { corpusText, repoRoot, seedText } from '../helpers/paths.js';

const fixture = (name: string) => parse(readFileSync(join(repoRoot, 'fixtures', 'cases', name, 'input.md'), 'utf8'));

describe('verdict', () => {
  it('is null for the reference report, which states none ("go/no-go" in a next step is no verdict)', () => {
    expect(parse(seedText()).verdict).toBeNull();
  });

  it('phase6-orchestration-final: PROCEED from "### 🚀 Deployment Recommendation: PROCEED" (line 180)', () => {
    expect(parse(corpusText('artifacts_phase6-orchestration-final.md')).verdict).toEqual({
      value: 'PROCEED', decision: 'go', text: 'Deployment Recommendation: PROCEED', position: { line: 180, column: 1 },
    });
  });

  it('phase8-final-audit-report: PROCEED from "### **Recommendation: PROCEED TO PRODUCTION**" (line 145)', () => {
    expect(parse(corpusText('artifacts_phase8-final-audit-report.md')).verdict).toMatchObject({ value: 'PROCEED', decision: 'go', position: { line: 145, column: 1 } });
  });

  it('PHASE8-COMPREHENSIVE-THEATER-AUDIT-REPORT: BLOCKED under FINAL ASSESSMENT (line 391)', () => {
    expect(parse(corpusText('docs_PHASE8-COMPREHENSIVE-THEATER-AUDIT-REPORT.md')).verdict).toMatchObject({
      value: 'BLOCKED', decision: 'no-go', text: 'Production Deployment Status: BLOCKED', position: { line: 391, column: 1 },
    });
  });

  it('phase9-theater-audit-report: BLOCKED under PRODUCTION DEPLOYMENT STATUS (line 291)', () => {
    expect(parse(corpusText('artifacts_phase9-theater-audit-report.md')).verdict).toMatchObject({ value: 'BLOCKED', decision: 'no-go', position: { line: 291, column: 1 } });
  });

  it('phase8-remediation-audit-report: STOP WORK ORDER (line 121)', () => {
    expect(parse(corpusText('artifacts_phase8-remediation-audit-report.md')).verdict).toMatchObject({ value: 'STOP WORK ORDER', decision: 'no-go' });
  });

  it('SECURITY-AUDIT-REPORT: DO NOT DEPLOY of the current state (line 1108), not the projections after mitigations', () => {
    const report = parse(corpusText('artifacts_SECURITY-AUDIT-REPORT.md'));
    expect(report.verdict).toMatchObject({ value: 'DO NOT DEPLOY', decision: 'no-go', position: { line: 1108, column: 1 } });
    expect(report.diagnostics.filter((d) => d.ruleId === 'verdict-conflict')).toEqual([]);
  });

  it('final-validation assessment: PROCEED WITH CAUTION is conditional (line 169)', () => {
    expect(parse(corpusText('artifacts_final-validation_FINAL_PRODUCTION_READINESS_ASSESSMENT.md')).verdict)
      .toMatchObject({ value: 'PROCEED WITH CAUTION', decision: 'conditional', position: { line: 169, column: 1 } });
  });

  it('PRODUCTION-VALIDATION-FINAL contradicts itself: CONDITIONAL GO (line 5) vs NO-GO; keeps NO-GO and reports it', () => {
    const report = parse(corpusText('artifacts_PRODUCTION-VALIDATION-FINAL.md'));
    expect(report.verdict).toMatchObject({ value: 'NO-GO', decision: 'no-go', position: { line: 296, column: 1 } });
    const conflicts = report.diagnostics.filter((d) => d.ruleId === 'verdict-conflict');
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]?.message).toContain('CONDITIONAL GO');
  });

  it('keeps the verdict of the verdict section over the header and reports the conflict (fixtures/cases/verdict-conflict)', () => {
    const report = fixture('verdict-conflict');
    expect(report.verdict).toEqual({ value: 'NO-GO', decision: 'no-go', text: 'VERDICT: NO-GO until both regressions are fixed', position: { line: 15, column: 1 } });
    expect(report.diagnostics.map((d) => [d.ruleId, d.severity, d.position.line])).toEqual([['verdict-conflict', 'warning', 15]]);
  });

  it('maps verdict phrases to decisions by the policy table', () => {
    const phrases = ['GO', 'NO-GO', 'no go', 'CONDITIONAL GO', 'GO WITH CAUTION', 'DO NOT DEPLOY', 'STOP WORK ORDER', 'FAILED', 'APPROVED', 'PRODUCTION READY', 'NOT READY', '_ **HOLD UNTIL FIXED**', 'GOOD PROGRESS'];
    expect(phrases.map((p) => readVerdict(p)?.decision ?? null)).toEqual(['go', 'no-go', 'no-go', 'conditional', 'conditional', 'no-go', 'no-go', 'no-go', 'go', 'go', 'no-go', 'no-go', null]);
  });

  it('reads no verdict from "GO/NO-GO", which names the decision to make', () => {
    const phrases = ['Go/No-Go Recommendation', 'GO / NO-GO DECISION', 'go/no go', 'GO/NOGO', 'GO - ship it'];
    expect(phrases.map((p) => readVerdict(p)?.decision ?? null)).toEqual([null, null, null, null, 'go']);
  });

  it('a plain "## Go/No-Go Recommendation" heading is no GO: NO-GO below it, no conflict (fixtures/cases/go-no-go-heading)', () => {
    const report = fixture('go-no-go-heading');
    expect(report.verdict).toEqual({ value: 'NO-GO', decision: 'no-go', text: 'Recommendation: NO-GO', position: { line: 9, column: 1 } });
    expect(report.diagnostics.filter((d) => d.ruleId === 'verdict-conflict')).toEqual([]);
  });
});
