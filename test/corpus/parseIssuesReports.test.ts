import { describe, expect, it } from 'vitest';
import type { Issue } from '../../src/model/types.js';
import { parse } from '../../src/parse/parse.js';
import { stableId } from '../../src/parse/text/stableId.js';
import { corpusText, seedText } from '../helpers/paths.js';

/**
 * Issues of real reports (../shared), checked by hand against their text:
 * every expected value names the report line it was read from.
 */
const at = (issues: readonly Issue[], line: number) => issues.find((i) => i.position.line === line);
const facts = (issues: readonly Issue[], lines: readonly number[]) =>
  lines.map((line) => { const i = at(issues, line); return i ? [line, i.title, i.severity, i.status] : [line, null]; });
const issuesOf = (name: string) => parse(corpusText(name)).issues;

describe('issues of the reference report', () => {
  const report = parse(seedText());
  const { issues } = report;

  it('finds the 4 blocking issues (lines 36-39), severity blocking, open', () => {
    const blocking = issues.filter((i) => i.category === 'Blocking Issues (Must Fix)');
    expect(blocking.map((i) => [i.title, i.position.line])).toEqual([
      ['Import Dependencies', 36],
      ['Test Environment', 37],
      ['Docker/Container', 38],
      ['File System', 39],
    ]);
    expect(blocking.every((i) => i.severity === 'blocking' && i.status === 'open')).toBe(true);
    expect(blocking[0]?.detail).toBe('Missing API_TIMEOUT_SECONDS in src.constants.base');
  });

  it('finds the 6 listed integration failures, open, critical by their heading', () => {
    const failures = issues.filter((i) => i.category === 'Integration Failures (12 Critical)');
    expect(failures.map((i) => i.title)).toEqual([
      'Real-Time Monitoring', 'Evidence Transfer', 'Performance Budget', 'NASA POT10', 'Multi-Framework', 'Error Recovery',
    ]);
    expect(failures.every((i) => i.severity === 'critical' && i.status === 'open')).toBe(true);
    expect(issues).toHaveLength(10);
  });

  it('reports that the heading announces 12 but lists 6', () => {
    const mismatch = report.diagnostics.filter((d) => d.ruleId === 'issue-count-mismatch');
    expect(mismatch).toEqual([expect.objectContaining({ severity: 'info', position: { line: 41, column: 1 } })]);
    expect(mismatch[0]?.message).toContain('12');
  });

  it('keeps identifiers of "Import Dependencies" for matching across reports', () => {
    expect(issues[0]?.identifiers).toEqual(['API_TIMEOUT_SECONDS', 'src.constants.base']);
  });

  it('derives ids from the title only', () => {
    expect(issues[0]?.id).toBe(stableId('issue', 'Import Dependencies'));
    expect(new Set(issues.map((i) => i.id)).size).toBe(issues.length);
  });
});

describe('issues of artifacts_phase6-orchestration-final.md', () => {
  const { issues } = parse(corpusText('artifacts_phase6-orchestration-final.md'));

  it('reads API_TIMEOUT_SECONDS (line 22, "✅ API_TIMEOUT_SECONDS: Fixed") as a resolved issue', () => {
    const constant = issues.find((i) => i.identifiers.includes('API_TIMEOUT_SECONDS'));
    expect(constant).toMatchObject({ title: 'API_TIMEOUT_SECONDS', status: 'resolved', position: { line: 22, column: 3 } });
  });

  it('reads "(NOW RESOLVED)" (line 43) and keeps the status words out of the title and id', () => {
    const infra = issues.find((i) => i.position.line === 43);
    expect(infra).toMatchObject({ title: 'Test Infrastructure', status: 'resolved', severity: 'critical' });
    expect(infra?.id).toBe(stableId('issue', 'Test Infrastructure'));
  });

  it('does not read the 🔴 of the heading (line 42) as a status of its items', () => {
    const container = issues.find((i) => i.title === 'Container Orchestration');
    expect(container).toMatchObject({ status: 'open', severity: 'critical', category: 'Critical Issues Requiring Agent Intervention' });
  });

  it('gives the same issue the same id as in the initial assessment', () => {
    const initial = parse(seedText()).issues.find((i) => i.title === 'Performance Budget');
    expect(issues.find((i) => i.title === 'Performance Budget')?.id).toBe(initial?.id);
  });

  it('reads the 4 medium-priority bullets (lines 50-53) as medium issues', () => {
    expect(issues.filter((i) => i.severity === 'medium').map((i) => i.position.line)).toEqual([50, 51, 52, 53]);
  });
});

describe('issues of other corpus reports', () => {
  it('SECURITY-AUDIT-REPORT: the 8 numbered "### 1.N SEVERITY: title" findings with their severities, and "### 2.4 Remaining CLI Concerns" (l.437)', () => {
    const { issues } = parse(corpusText('artifacts_SECURITY-AUDIT-REPORT.md'));
    expect(issues.map((i) => [i.title, i.severity])).toEqual([
      ['Command Injection via Delayed Expansion', 'critical'],
      ['Hardcoded Absolute Path Vulnerability', 'critical'],
      ['Insecure File Permission Model', 'high'],
      ['Argument Injection via VSCode Extension', 'high'],
      ['Path Traversal Risk', 'medium'],
      ['Missing Input Validation', 'medium'],
      ['No Integrity Verification', 'medium'],
      ['Insufficient Error Handling', 'low'],
      ['Remaining CLI Concerns', 'unknown'],
    ]);
    expect(issues.map((i) => i.position.line)).toEqual([24, 70, 109, 149, 194, 242, 289, 323, 437]);
    expect(issues[0]).toMatchObject({ category: 'Vulnerability Assessment', position: { line: 24, column: 1 } });
    expect(issues[0]?.identifiers).toContain('enabledelayedexpansion');
  });

  it('phase8-final-audit-report: the two remaining issues are sections with field bullets (lines 73, 79)', () => {
    const { issues } = parse(corpusText('artifacts_phase8-final-audit-report.md'));
    expect(issues.map((i) => [i.title, i.position.line])).toEqual([
      ['TypeScript Compilation (1,316 errors)', 73],
      ['Minor Theater Remnants (3 instances)', 79],
    ]);
    expect(issues[0]?.detail).toContain('Primary Issue: String literal corruption');
    expect(issues[0]?.identifiers).toEqual(['execute-queen-complete-security.ts']);
  });

  it('phase9-theater-audit-report: "Issues Found" items take the agent heading as category; counts are no issues', () => {
    const { issues } = parse(corpusText('artifacts_phase9-theater-audit-report.md'));
    const queen = issues.filter((i) => i.category === 'HIERARCHICAL-COORDINATOR (Queen Enhancement)');
    expect(queen.map((i) => i.title)).toEqual([
      '139 console.log statements throughout Queen coordination code',
      'No real WebSocket implementation (claimed but not verified)',
      'Memory coordination appears to be placeholder',
    ]);
    expect(issues.some((i) => /^Skipped\/disabled tests/.test(i.title))).toBe(false);
  });
});


describe('issues where the corpus writes them (hand-checked lines)', () => {
  it('critical-deployment-fixes-report: 61-63 under "LOW-PRIORITY THEATER PATTERNS" are low and open; 66-68 under "POST-DEPLOYMENT OPTIMIZATIONS" are plans, no issues', () => {
    const issues = issuesOf('artifacts_critical-deployment-fixes-report.md');
    expect(facts(issues, [61, 62, 63])).toEqual([
      [61, 'Risk Simulation', 'low', 'open'],
      [62, 'Test Data Generation', 'low', 'open'],
      [63, 'ID Generation Utilities', 'low', 'open'],
    ]);
    expect(facts(issues, [66, 67, 68])).toEqual([[66, null], [67, null], [68, null]]);
  });

  it('critical-deployment-fixes-report: "#### 3. Production Logger Integration (IMPLEMENTED)" (l.22) is one resolved issue; its how-it-was-done bullets 23-25 are detail', () => {
    const issues = issuesOf('artifacts_critical-deployment-fixes-report.md');
    expect(facts(issues, [22, 23, 24, 25])).toEqual([[22, 'Production Logger Integration', 'critical', 'resolved'], [23, null], [24, null], [25, null]]);
    expect(facts(issues, [8, 15, 19])).toEqual([
      [8, 'POT10RuleEngine.ts', 'critical', 'resolved'],
      [15, 'src/cicd/TestRunner.ts', 'critical', 'resolved'],
      [19, '8 instances in ID generation utilities (non-critical)', 'low', 'open'],
    ]);
  });

  it('FINAL_REALITY_ASSESSMENT: items 200, 204, 208 under "Known Limitations (Non-Blocking)" are low issues', () => {
    expect(facts(issuesOf('tests_integration_FINAL_REALITY_ASSESSMENT.md'), [200, 204, 208])).toEqual([
      [200, 'Unicode Output', 'low', 'open'],
      [204, 'Rate Limiting', 'low', 'open'],
      [208, 'Error Handling', 'low', 'open'],
    ]);
  });

  it('Phase5-UI-Testing-Report: lines 183 and 186 ("- ❌ **None detected**") are no issues', () => {
    expect(issuesOf('docs_Phase5-UI-Testing-Report.md').filter((i) => i.position.line >= 180 && i.position.line <= 187)).toEqual([]);
  });

  it('phase9-theater-audit-report: metric lines 241-243 are no issues; "### Specific Theater Evidence:" items from 246 are, critical', () => {
    const issues = issuesOf('artifacts_phase9-theater-audit-report.md');
    expect(facts(issues, [241, 242, 243])).toEqual([[241, null], [242, null], [243, null]]);
    expect(facts(issues, [246])).toEqual([[246, 'TestOrchestrator.ts', 'critical', 'open']]);
    expect(facts(issues, [123])).toEqual([[123, 'HARDCODED SUCCESS THEATER - CRITICAL', 'critical', 'open']]);
    expect(facts(issues, [210, 227])).toEqual([[210, null], [227, null]]);
  });

  it('PRODUCTION-VALIDATION-FINAL: [FAIL]/[WARN] bullets, fenced status lines, rule-table rows and the checkbox registers', () => {
    const issues = issuesOf('artifacts_PRODUCTION-VALIDATION-FINAL.md');
    expect(facts(issues, [41, 48, 56, 58, 89, 93, 94, 211, 217, 274, 281])).toEqual([
      [41, "Default configuration test failed (expected 'development', got 'test')", 'unknown', 'open'],
      [48, 'Infinite monitoring loops detected (DefenseGradeMonitor)', 'unknown', 'warning'],
      [56, 'Enhanced analyzer', 'unknown', 'open'],
      [58, 'Unicode encoding errors in output', 'unknown', 'warning'],
      [89, 'Restrict to simple control flow (Rule 1)', 'unknown', 'open'],
      [93, 'Variable declaration issues (Rule 5)', 'unknown', 'warning'],
      [94, null],
      [211, 'Potential code injection vectors', 'critical', 'open'],
      [217, 'Weak cryptographic functions', 'high', 'open'],
      [274, 'Fix test suite', 'blocking', 'open'],
      [281, 'Python module imports (UnifiedAnalyzer failure)', 'unknown', 'warning'],
    ]);
  });

  it('PRODUCTION-VALIDATION-FINAL: fenced lines 57, 64, 173, 174 restate listed issues and are merged into them', () => {
    const report = parse(corpusText('artifacts_PRODUCTION-VALIDATION-FINAL.md'));
    expect(facts(report.issues, [57, 64, 173, 174])).toEqual([[57, null], [64, null], [173, null], [174, null]]);
    expect(report.diagnostics.filter((d) => d.ruleId === 'issue-restated').map((d) => d.position.line)).toEqual([57, 64, 173, 174]);
  });

  it('COMPREHENSIVE-ANALYSIS-REPORT: numbered violations, god objects, the Finding paragraph, NASA rows, security findings and marked features', () => {
    const issues = issuesOf('artifacts_COMPREHENSIVE-ANALYSIS-REPORT.md');
    expect(facts(issues, [16, 26, 36, 47, 70, 86, 95, 103, 128, 134, 136, 137, 149, 159])).toEqual([
      [16, null],
      [26, 'Magic Literals (Connascence of Meaning)', 'medium', 'open'],
      [36, 'Hardcoded Paths (Critical)', 'critical', 'open'],
      // L18 "🟡 **High Priority:** God objects, parameter coupling violations" ranks L47 (its title) and L70 (under "God Objects Detected")
      [47, 'Parameter Coupling Violations', 'high', 'open'],
      [70, 'UnifiedAnalyzer', 'high', 'open'],
      [86, 'Multiple files show signs of incomplete implementations from the Unicode removal cleanup', 'unknown', 'open'],
      [95, 'Restrict to simple control flow (Rule 1)', 'unknown', 'open'],
      [103, null],
      [128, '4 hardcoded path vulnerabilities', 'critical', 'open'],
      [134, null],
      [136, 'Six Sigma metrics', 'unknown', 'warning'],
      [137, 'Full theater detection (syntax errors blocking)', 'blocking', 'blocked'],
      [149, '96+ files with syntax errors from Unicode removal', 'unknown', 'open'],
      [159, null],
    ]);
  });

  it('phase8-remediation-audit-report: numbered H3 findings (12-34, 55-68) are critical, their field bullets are no issues, the ✗ items (87-92) are blocking', () => {
    const issues = issuesOf('artifacts_phase8-remediation-audit-report.md');
    expect(facts(issues, [4, 12, 13, 16, 34, 68, 69, 87, 112])).toEqual([
      [4, null],
      [12, 'TypeScript Compilation Status: CATASTROPHIC', 'critical', 'open'],
      [13, null],
      [16, null],
      [34, 'GitHub Actions Workflows', 'critical', 'open'],
      [68, 'Console.log Explosion', 'critical', 'open'],
      [69, null],
      [87, 'Cannot compile TypeScript', 'blocking', 'open'],
      [112, null],
    ]);
  });

  it('FINAL_PRODUCTION_READINESS_ASSESSMENT: the bold line under "CRITICAL BLOCKER" (l.50) is the one issue; the strengths (24-42) are none', () => {
    const issues = issuesOf('artifacts_final-validation_FINAL_PRODUCTION_READINESS_ASSESSMENT.md');
    expect(issues.map((i) => [i.position.line, i.title, i.status])).toEqual([[50, 'NASA POT10 Compliance: 85% (Requires: >=90%)', 'open']]);
  });

  it('FINAL-PRODUCTION-AUDIT-REPORT: [OK] fix headings are resolved (25-49), "[WARN] Production Considerations" items are warnings (108-110)', () => {
    const issues = issuesOf('artifacts_FINAL-PRODUCTION-AUDIT-REPORT.md');
    expect(facts(issues, [25, 29, 57, 62, 108])).toEqual([
      [25, 'Arithmetic Increment Bugs', 'critical', 'resolved'],
      [29, null],
      [57, null],
      [62, null],
      [108, 'Loop Script Reality', 'unknown', 'warning'],
    ]);
  });

  it('DEPLOYMENT-READINESS-CHECKLIST: the three "### Blocker 1.N:" headings (21, 70, 120) are the issues, their checklists are not', () => {
    const issues = issuesOf('artifacts_DEPLOYMENT-READINESS-CHECKLIST.md');
    expect(issues.map((i) => [i.position.line, i.severity, i.status])).toEqual([[21, 'critical', 'open'], [70, 'critical', 'open'], [120, 'critical', 'open']]);
  });

  it('phase9-security-remediation-final-report: "❌ → ✅" items (9, 14, 19) are resolved, titled without the arrow', () => {
    expect(facts(issuesOf('artifacts_phase9-security-remediation-final-report.md'), [9, 14, 19])).toEqual([
      [9, 'Math.random() ID Generation', 'unknown', 'resolved'],
      [14, 'Fake Event Generation', 'unknown', 'resolved'],
      [19, 'Random Threat Detection', 'unknown', 'resolved'],
    ]);
  });

  it('phase4-week10-backward-compatibility: the one ⚠️ line is a comment in a bash fence (l.269)', () => {
    const issues = issuesOf('artifacts_phase4-week10-backward-compatibility-assessment.md');
    expect(issues.map((i) => [i.position.line, i.title, i.status])).toEqual([[269, 'Syntax errors (non-breaking)', 'warning']]);
  });

  it('NASA-POT10-ITERATION2 and phase7-infrastructure-princess-validation name no issue (all results pass)', () => {
    expect(issuesOf('artifacts_NASA-POT10-ITERATION2-REPORT.md')).toEqual([]);
    expect(issuesOf('artifacts_phase7-infrastructure-princess-validation.md')).toEqual([]);
  });
});

describe('issues listed as the state before the fixes', () => {
  it('tests_integration_phase_2: "Critical Issues Detected" (l.21-25) under "## Initial Assessment (Before Fixes)" (l.14), fixed per "## Post-Fix Assessment" (l.51)', () => {
    expect(facts(issuesOf('tests_integration_phase_2_reality_report.md'), [22, 23, 24, 25]).map(([line, title, , status]) => [line, title, status])).toEqual([
      [22, 'GitHub Bridge HTTP Integration', 'resolved'],
      [23, 'Correlation Logic', 'resolved'],
      [24, 'File Operations', 'resolved'],
      [25, 'Analysis Data Processing', 'resolved'],
    ]);
  });
});
