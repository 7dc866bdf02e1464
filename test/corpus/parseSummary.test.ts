import { describe, expect, it } from 'vitest';
import { validateReport } from '../../src/model/validateReport.js';
import { parse } from '../../src/parse/parse.js';
import { summarize } from '../../src/summary/summarize.js';
import { corpusFiles, corpusText } from '../helpers/paths.js';

/**
 * Every real report of ../shared/corpus parses and validates. What the parser
 * reads is guarded by facts checked by hand with their lines (below, and in
 * the other test/corpus/parse*.test.ts files); there is no unchecked golden
 * snapshot of counts.
 */

describe('the real corpus', () => {
  const files = corpusFiles();
  const summaries = Object.fromEntries(
    files.map((name) => {
      const report = parse(corpusText(name), { path: name });
      const validation = validateReport(report);
      return [name, { report, valid: validation.ok, summary: summarize(report) }];
    }),
  );

  it('has 27 reports', () => {
    expect(files).toHaveLength(27);
  });

  it.each(files)('%s parses into a valid model', (name) => {
    expect(summaries[name]?.valid).toBe(true);
  });

  /**
   * Checked by hand against the reports' text (line numbers are the reports'):
   * - phase6-orchestration-initial-assessment: the seed's text; see the acceptance tests.
   * - phase6-orchestration-final: "### 🔥 High-Risk Items" (l.121) lists 4, "### 🟨 Medium-Risk" (l.127) 3,
   *   "### 🟢 Low-Risk" (l.132) 3; "✅ API_TIMEOUT_SECONDS: Fixed" (l.22) is a resolved issue; the last recommendation
   *   "**Recommendation**: AUTHORIZE IMMEDIATE AGENT DEPLOYMENT" (l.206) is the verdict (PROCEED at l.180 agrees).
   * - phase4-week10-backward-compatibility: "Zero Risk Items" (l.244) 5 items as its own bucket, "Low Risk
   *   Items" (l.251) 3, Medium and High "None identified" (l.257, l.260) 0; "APPROVED FOR IMMEDIATE
   *   DEPLOYMENT" (l.349) is the verdict; one issue, "⚠️ Syntax errors (non-breaking)" in a bash fence (l.269).
   * - FINAL-PRODUCTION-AUDIT-REPORT: "[OK] RESOLVED RISKS" (l.116) 3 and "[WARN] REMAINING RISKS (LOW)"
   *   (l.121) 3 in their own buckets; six GO statements; the verdict is the last verdict key, "**OVERALL
   *   ASSESSMENT**: **DEPLOY WITH CONFIDENCE**" (l.195); "**Classification**: PRODUCTION APPROVED" (l.206) weighs as a status line.
   * - SECURITY-AUDIT-REPORT: 8 numbered "### 1.N SEVERITY:" findings are the issues; verdict "DO NOT DEPLOY TO PRODUCTION" (l.1108); "### 2.4 Remaining CLI Concerns"
   *   (l.437) is a ninth issue.
   * - PRODUCTION-VALIDATION-FINAL: states CONDITIONAL GO (l.5) and NO-GO (l.22, l.296); the last recommendation
   *   "HOLD UNTIL BLOCKERS RESOLVED" (l.361) is kept with a verdict-conflict warning.
   * - docs_screenshots_PHASE-UI-DOCUMENTATION: literal "\n" sequences, one long heading: nothing extracted.
   */
  it.each([
    ['artifacts_phase6-orchestration-initial-assessment.md', { high: 3, medium: 3, low: 3 }, null, 10],
    ['artifacts_phase6-orchestration-final.md', { high: 4, medium: 3, low: 3 }, 'AUTHORIZE IMMEDIATE AGENT DEPLOYMENT', null],
    ['artifacts_phase4-week10-backward-compatibility-assessment.md', { none: 5, low: 3 }, 'APPROVED FOR IMMEDIATE DEPLOYMENT', 1],
    ['artifacts_FINAL-PRODUCTION-AUDIT-REPORT.md', { resolved: 3, low: 3 }, 'DEPLOY WITH CONFIDENCE', null],
    ['artifacts_SECURITY-AUDIT-REPORT.md', null, 'DO NOT DEPLOY TO PRODUCTION', 9],
    ['artifacts_PRODUCTION-VALIDATION-FINAL.md', null, 'HOLD UNTIL BLOCKERS RESOLVED', null],
    ['docs_screenshots_PHASE-UI-DOCUMENTATION.md', {}, null, 0],
  ] as const)('hand-checked: %s', (name, risks, verdict, issues) => {
    const entry = summaries[name];
    expect(entry).toBeDefined();
    if (risks !== null) expect(entry?.summary.risks).toEqual(risks);
    expect(entry?.summary.verdict).toBe(verdict);
    if (issues !== null) expect(entry?.summary.issues.total).toBe(issues);
    if (name === 'artifacts_PRODUCTION-VALIDATION-FINAL.md') {
      expect(entry?.report.diagnostics.map((d) => d.ruleId)).toContain('verdict-conflict');
    }
    if (name === 'artifacts_phase6-orchestration-final.md') {
      const timeout = entry?.report.issues.find((i) => i.identifiers.includes('API_TIMEOUT_SECONDS'));
      expect(timeout?.status).toBe('resolved');
    }
  });
});
