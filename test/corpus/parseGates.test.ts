import { describe, expect, it } from 'vitest';
import { parse } from '../../src/parse/parse.js';
import { corpusText, seedText } from '../helpers/paths.js';


describe('gates of the reference report', () => {
  const { gates } = parse(seedText());

  it('finds exactly the five quality gates (lines 99-103)', () => {
    expect(gates.map((g) => [g.criterion, g.position.line])).toEqual([
      ['Test Success Rate', 99],
      ['NASA Compliance', 100],
      ['Performance Budget', 101],
      ['Security Score', 102],
      ['Integration Health', 103],
    ]);
    expect(new Set(gates.map((g) => g.sectionId))).toEqual(new Set(['quality-gates']));
  });

  it('reads target, current and met of each gate', () => {
    const [success, nasa, budget, security, health] = gates;
    expect(success).toMatchObject({
      id: 'test-success-rate',
      target: { comparator: '>', value: 95, unit: '%' },
      current: { value: 60, unit: '%', approximate: true },
      met: false,
    });
    expect(nasa).toMatchObject({ target: { comparator: 'maintain', value: 92, unit: '%' }, current: null, met: null });
    expect(budget).toMatchObject({ target: { comparator: '<', value: 0.3, unit: '%' }, current: null, met: null });
    expect(security).toMatchObject({ target: { comparator: 'maintain', value: 100, unit: '%' }, met: true });
    expect(health).toMatchObject({ target: { comparator: '>', value: 90, unit: '%' }, current: null, met: null });
  });
});

describe('gates checked by hand in the corpus', () => {
  it('artifacts_phase7-infrastructure-princess-validation.md: Metric/Target/Achieved/Status table (lines 11-16)', () => {
    const { gates } = parse(corpusText('artifacts_phase7-infrastructure-princess-validation.md'));
    // six table rows (lines 11-16) and the seven check headings `### N. <Name> ✅ EXCELLENT`
    expect(gates).toHaveLength(13);
    expect(gates[0]).toMatchObject({ criterion: 'Overall Score', target: { comparator: '>=', value: 95, unit: '%' }, current: { value: 98.2 }, met: true });
    expect(gates[2]).toMatchObject({ criterion: 'API Response Time', target: { comparator: '<', value: 200, unit: 'ms' }, current: { value: 145, unit: 'ms' } });
  });

  it('artifacts_phase6-orchestration-final.md: criteria under "Success Metrics & Quality Gates" (lines 140-148)', () => {
    const { gates } = parse(corpusText('artifacts_phase6-orchestration-final.md'));
    const gate = (criterion: string) => gates.find((g) => g.criterion === criterion);
    expect(gate('Security')).toMatchObject({ current: { value: 100 }, target: { comparator: '=', value: 100 }, met: true });
    // 🔄 is no verdict: the comparison of >95% with ~60% decides
    expect(gate('Test Success')).toMatchObject({ met: false, position: { line: 141 } });
    expect(gate('Performance')).toMatchObject({ target: { comparator: '<', value: 0.3 }, met: null });
  });

  it('artifacts_COMPREHENSIVE-ANALYSIS-REPORT.md: Metric/Value/Target/Status table with ❌ (lines 212-218)', () => {
    const { gates } = parse(corpusText('artifacts_COMPREHENSIVE-ANALYSIS-REPORT.md'));
    expect(gates.find((g) => g.criterion === 'Total Violations')).toMatchObject({
      target: { comparator: '<', value: 1000 },
      current: { value: 15374 },
      met: false,
      position: { line: 212 },
    });
    // line 216: | Theater Score | Partial | <60 | ⚠️ |  a categorical value against a number: met cannot be told
    expect(gates.find((g) => g.criterion === 'Theater Score')).toMatchObject({ current: { value: 'Partial', unit: null }, met: null });
  });

  it('src_princess_quality_artifacts_quality_validation_summary.md: FAIL/PASS items with Value/Threshold', () => {
    const { gates } = parse(corpusText('src_princess_quality_artifacts_quality_validation_summary.md'));
    expect(gates.map((g) => [g.criterion, g.met])).toEqual([
      ['Theater Detection Score', false],
      ['Test Coverage', false],
      ['Security Violations', true],
      ['Linting Errors', true],
      ['Type Checking', false],
      ['NASA POT10 Compliance', false],
    ]);
    expect(gates[5]).toMatchObject({ target: { comparator: '>=', value: 90 }, current: { value: 85 } });
  });
});

/**
 * Gates stated by their result, checked by reading each report: [file, line, criterion, met].
 * The source line is quoted in the comment of each file.
 */
const STATED_GATES: ReadonlyArray<[string, ReadonlyArray<[number, string, boolean]>]> = [
  // `### 1. Import Compatibility ✅ PERFECT` ... `### 6. Export Structure Compatibility ✅ COMPLETE`
  [
    'artifacts_phase4-week10-backward-compatibility-assessment.md',
    [
      [12, 'Import Compatibility', true],
      [34, 'Interface Contract Compatibility', true],
      [65, 'Method Signature Compatibility', true],
      [86, 'Event Emission Compatibility', true],
      [103, 'Constructor Compatibility', true],
      [114, 'Export Structure Compatibility', true],
    ],
  ],
  // `### 1. 10MB Memory System ✅ EXCELLENT`, unnumbered `### Input Sanitization ✅ EXCELLENT`
  [
    'artifacts_phase7-infrastructure-princess-validation.md',
    [
      [20, '10MB Memory System', true],
      [32, 'Backend API Layer', true],
      [43, 'Princess-Queen Integration', true],
      [54, 'Resource Management', true],
      [60, 'Error Handling & Recovery', true],
      [110, 'Input Sanitization', true],
      [116, 'Access Control', true],
    ],
  ],
  // `### Theater Detection Scan: CLEAN ✅`, `### TypeScript Compilation: SUCCESS ✅`, `### Functionality Assessment: PRODUCTION READY ✅`
  ['artifacts_phase8-remediation-success-report.md', [[98, 'Theater Detection Scan', true], [105, 'TypeScript Compilation', true], [118, 'Functionality Assessment', true]]],
  // `### COMPILATION STATUS ✅`, `#### CRITICAL PATH VALIDATION ✅`, `#### PRODUCTION VALIDATION ✅`
  ['artifacts_critical-deployment-fixes-report.md', [[27, 'COMPILATION STATUS', true], [46, 'CRITICAL PATH VALIDATION', true], [52, 'PRODUCTION VALIDATION', true]]],
  // under `#### [OK] Quality Gates:`: `- **Syntax Validation**: PASSED (no shell syntax errors)` ...
  [
    'artifacts_FINAL-PRODUCTION-AUDIT-REPORT.md',
    [
      [102, 'Test Coverage', true],
      [103, 'Syntax Validation', true],
      [104, 'Dependency Management', true],
      [105, 'Security', true],
    ],
  ],
  // `[OK] **Theater detection gates PASSED** - No fake work detected`
  ['artifacts_PRODUCTION-VALIDATION-FINAL.md', [[162, 'Theater detection gates', true]]],
  // `#### 1. TypeScript Compilation: FAILED`, `#### 3. Security Implementation: PARTIAL`
  ['docs_PHASE8-COMPREHENSIVE-THEATER-AUDIT-REPORT.md', [[199, 'TypeScript Compilation', false], [204, 'Test Coverage', false], [209, 'Security Implementation', false]]],
];

describe('gates stated by their result, checked by hand', () => {
  it.each(STATED_GATES)('%s', (file, expected) => {
    const { gates } = parse(corpusText(file));
    for (const [line, criterion, met] of expected) {
      expect(gates.find((g) => g.position.line === line), `${file}:${line}`).toMatchObject({ criterion, met });
    }
  });

  it('reads no gate from decorated headings, numbered bare-✅ entries or report-level verdict headings', () => {
    const at = (file: string, line: number) => parse(corpusText(file)).gates.find((g) => g.position.line === line);
    // `### 1. Existing Code Compatibility ✅` (a numbered entry with a bare marker), `### Key Achievements ✅`
    expect(at('artifacts_phase4-week10-backward-compatibility-assessment.md', 134)).toBeUndefined();
    expect(at('artifacts_phase4-week10-backward-compatibility-assessment.md', 330)).toBeUndefined();
    // `### 1. Real Functionality Validation Report ✅` (a deliverable)
    expect(at('artifacts_phase5-real-functionality-validation-report.md', 253)).toBeUndefined();
    // `### Overall Assessment: **FAILED** ❌` is the report's verdict, not a gate
    expect(at('artifacts_phase8-remediation-audit-report.md', 4)).toBeUndefined();
    // `4. Quality gates maintained from previous phases` narrates (lower case), states no result
    expect(at('artifacts_phase6-orchestration-final.md', 185)).toBeUndefined();
  });
});
