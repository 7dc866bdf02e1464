import { describe, expect, it } from 'vitest';
import type { Verdict } from '../../src/model/types.js';
import { parse } from '../../src/parse/parse.js';
import { corpusText, seedText } from '../helpers/paths.js';

type Expected = readonly [line: number, value: string, decision: Verdict['decision']];

/**
 * Every decision each report states, read by hand from the file (line, value
 * as the parser keeps it: the first clause, upper-cased; decision). The dev
 * reports agree with ../shared/golden/dev.json's verdict lists.
 */
const STATED: Readonly<Record<string, readonly Expected[]>> = {
  // "### 🚀 Deployment Recommendation: PROCEED" / "**Recommendation**: AUTHORIZE IMMEDIATE AGENT DEPLOYMENT"
  'artifacts_phase6-orchestration-final.md': [[180, 'PROCEED', 'go'], [206, 'AUTHORIZE IMMEDIATE AGENT DEPLOYMENT', 'go']],
  // "### Overall Assessment: **FAILED** ❌", "**COMPLETE REBUILD RECOMMENDED** - ..." under "### Strategic Recommendation:", "## FINAL VERDICT: **STOP WORK ORDER REMAINS IN EFFECT**"
  'artifacts_phase8-remediation-audit-report.md': [[4, 'FAILED', 'no-go'], [105, 'COMPLETE REBUILD RECOMMENDED', 'no-go'], [121, 'STOP WORK ORDER REMAINS IN EFFECT', 'no-go']],
  // "**REMEDIATION STATUS: COMPLETE SUCCESS** ✅" opening "## Final Assessment"
  'artifacts_phase8-remediation-success-report.md': [[153, 'COMPLETE SUCCESS', 'go']],
  // "### DEPLOYMENT RECOMMENDATION: ✅ PROCEED"
  'artifacts_critical-deployment-fixes-report.md': [[70, 'PROCEED', 'go']],
  'artifacts_FINAL-PRODUCTION-AUDIT-REPORT.md': [
    [12, 'PRODUCTION READY', 'go'], // ### [OK] VERDICT: **PRODUCTION READY - WITH MONITORING**
    [17, 'DEPLOY WITH ENHANCED MONITORING', 'go'], // **Recommendation**: **DEPLOY** with enhanced monitoring
    [149, 'APPROVED FOR PRODUCTION DEPLOYMENT', 'go'], // ### [OK] **APPROVED FOR PRODUCTION DEPLOYMENT** under ## DEPLOYMENT RECOMMENDATION
    [192, 'PRODUCTION READY', 'go'], // **STATUS**: [OK] **PRODUCTION READY** under ## FINAL VERDICT
    [195, 'DEPLOY WITH CONFIDENCE', 'go'], // **OVERALL ASSESSMENT**: **DEPLOY WITH CONFIDENCE**
    [206, 'PRODUCTION APPROVED', 'go'], // **Classification**: PRODUCTION APPROVED [OK]
  ],
  'artifacts_PRODUCTION-VALIDATION-FINAL.md': [
    [5, 'CONDITIONAL GO', 'conditional'], // **Status**: [WARN] CONDITIONAL GO - CRITICAL ISSUES IDENTIFIED
    [22, 'NO-GO FOR PRODUCTION', 'no-go'], // **OVERALL RECOMMENDATION**: _ **NO-GO FOR PRODUCTION**
    [296, 'NO-GO', 'no-go'], // ## FINAL RECOMMENDATION: _ NO-GO
    [361, 'HOLD UNTIL BLOCKERS RESOLVED', 'no-go'], // **Deployment Recommendation**: _ **HOLD UNTIL BLOCKERS RESOLVED**
  ],
  // "### GO/NO-GO RECOMMENDATION: **GO WITH CAUTION** [WARN]", "### DEPLOYMENT DECISION: **PROCEED WITH CAUTION**"
  'artifacts_final-validation_FINAL_PRODUCTION_READINESS_ASSESSMENT.md': [[12, 'GO WITH CAUTION', 'conditional'], [169, 'PROCEED WITH CAUTION', 'conditional']],
  // "- **CERTIFICATION**: APPROVED FOR DEFENSE INDUSTRY DEPLOYMENT"; the READY statuses (5, 27, 461) decide nothing
  'artifacts_NASA-POT10-ITERATION2-REPORT.md': [[322, 'APPROVED FOR DEFENSE INDUSTRY DEPLOYMENT', 'go']],
  // no decision anywhere
  'artifacts_COMPREHENSIVE-ANALYSIS-REPORT.md': [],
  // "1. **Production Deployment**: ✅ APPROVED", sign-off "*Status: PRODUCTION READY - DEPLOYMENT APPROVED*"
  'artifacts_phase7-infrastructure-princess-validation.md': [[149, 'APPROVED', 'go'], [201, 'PRODUCTION READY', 'go']],
  // "**Deployment Recommendation**: ✅ APPROVED FOR IMMEDIATE DEPLOYMENT" after the --- of the last section
  'artifacts_phase4-week10-backward-compatibility-assessment.md': [[349, 'APPROVED FOR IMMEDIATE DEPLOYMENT', 'go']],
  // "**Recommendation**: [FAIL] **DO NOT DEPLOY TO PRODUCTION**"; the two under "### After ... Mitigations" are projections
  'artifacts_SECURITY-AUDIT-REPORT.md': [[1108, 'DO NOT DEPLOY TO PRODUCTION', 'no-go']],
  // "## PRODUCTION DEPLOYMENT STATUS" + "**BLOCKED** ❌❌❌"
  'artifacts_phase9-theater-audit-report.md': [[291, 'BLOCKED', 'no-go']],
  // "### Overall Assessment: **SIGNIFICANT PROGRESS**" decides nothing; "## FINAL VERDICT: **PHASE 8 REMEDIATION SUCCESSFUL** ✅"; "### **Recommendation: PROCEED TO PRODUCTION** 🚀"
  'artifacts_phase8-final-audit-report.md': [[4, 'SIGNIFICANT PROGRESS', 'unknown'], [136, 'PHASE 8 REMEDIATION SUCCESSFUL', 'go'], [145, 'PROCEED TO PRODUCTION', 'go']],
  // "### Production Deployment Status: **BLOCKED**" under "## FINAL ASSESSMENT"
  'docs_PHASE8-COMPREHENSIVE-THEATER-AUDIT-REPORT.md': [[391, 'BLOCKED', 'no-go']],
  // "### 🚀 Deployment Recommendation" + "**APPROVED FOR IMMEDIATE DEPLOYMENT**"; sign-off "**Classification**: ✅ PRODUCTION APPROVED"
  'docs_Phase5-UI-Testing-Report.md': [[250, 'APPROVED FOR IMMEDIATE DEPLOYMENT', 'go'], [258, 'PRODUCTION APPROVED', 'go']],
  // "**RECOMMENDATION**:  **APPROVED FOR PRODUCTION DEPLOYMENT**"
  'tests_integration_FINAL_REALITY_ASSESSMENT.md': [[254, 'APPROVED FOR PRODUCTION DEPLOYMENT', 'go']],
};

describe('verdict statements of real reports', () => {
  it.each(Object.entries(STATED))('%s', (file, expected) => {
    const { verdicts } = parse(corpusText(file));
    expect(verdicts.map((v) => [v.position.line, v.value, v.decision])).toEqual(expected);
  });

  it('the reference report states none ("go/no-go" in a next step is no verdict)', () => {
    const report = parse(seedText());
    expect(report.verdicts).toEqual([]);
    expect(report.verdict).toBeNull();
  });
});

describe("the report's verdict", () => {
  it('phase8-remediation-audit-report: the FINAL VERDICT (line 121), no conflict among three no-go statements', () => {
    expect(parse(corpusText('artifacts_phase8-remediation-audit-report.md')).verdict).toMatchObject({
      value: 'STOP WORK ORDER REMAINS IN EFFECT', decision: 'no-go', key: 'FINAL VERDICT', position: { line: 121, column: 1 }, conflict: false,
    });
  });

  it('PRODUCTION-VALIDATION-FINAL contradicts itself: the header CONDITIONAL GO (line 5) loses to the last recommendation HOLD (line 361)', () => {
    const report = parse(corpusText('artifacts_PRODUCTION-VALIDATION-FINAL.md'));
    expect(report.verdict).toMatchObject({ value: 'HOLD UNTIL BLOCKERS RESOLVED', decision: 'no-go', position: { line: 361, column: 1 }, conflict: true });
    const conflicts = report.diagnostics.filter((d) => d.ruleId === 'verdict-conflict');
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]?.message).toContain('CONDITIONAL GO');
  });

  it('phase7-infrastructure: a status line decides when no verdict key is written (sign-off, line 201)', () => {
    expect(parse(corpusText('artifacts_phase7-infrastructure-princess-validation.md')).verdict).toMatchObject({ decision: 'go', key: 'Status', position: { line: 201, column: 1 } });
  });

  it('SECURITY-AUDIT-REPORT: DO NOT DEPLOY of the current state (line 1108), not the projections after mitigations', () => {
    const report = parse(corpusText('artifacts_SECURITY-AUDIT-REPORT.md'));
    expect(report.verdict).toMatchObject({ decision: 'no-go', position: { line: 1108, column: 1 }, conflict: false });
    expect(report.diagnostics.filter((d) => d.ruleId === 'verdict-conflict')).toEqual([]);
  });
});
