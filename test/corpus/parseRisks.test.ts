import { describe, expect, it } from 'vitest';
import { parse } from '../../src/parse/parse.js';
import { corpusText, seedText } from '../helpers/paths.js';


describe('risks of the reference report', () => {
  const { risks } = parse(seedText());
  const byLevel = (level: string) => risks.filter((r) => r.level === level).map((r) => r.title);

  it('finds 3 high, 3 medium and 3 low risks from the level headings', () => {
    expect(byLevel('high')).toEqual(['Test Infrastructure', 'Phase 3 Integration', 'Performance Compliance']);
    expect(byLevel('medium')).toEqual(['Documentation', 'Configuration', 'Monitoring']);
    expect(byLevel('low')).toEqual(['Security', 'Code Quality', 'Architecture']);
    expect(risks).toHaveLength(9);
  });

  it('keeps each risk\'s text as its detail', () => {
    expect(risks.every((r) => r.detail !== null && r.mitigation === null)).toBe(true);
    expect(risks[0]).toMatchObject({ detail: 'Cannot validate production readiness without working tests', position: { line: 64, column: 1 } });
  });
});

describe('risks of corpus reports', () => {
  it('DEPLOYMENT-READINESS-CHECKLIST: the Risk N register, levels by probability x impact, with mitigations', () => {
    const { risks } = parse(corpusText('artifacts_DEPLOYMENT-READINESS-CHECKLIST.md'));
    expect(risks.map((r) => [r.title, r.level])).toEqual([
      ['Test Suite Remediation Delays', 'high'], // MEDIUM x HIGH
      ['NASA Compliance Slippage', 'medium'], // LOW x HIGH
      ['Security Vulnerability Discovery', 'high'], // LOW x CRITICAL
      ['Performance Bottlenecks', 'medium'], // MEDIUM x MEDIUM
      ['Integration Failures', 'low'], // LOW x MEDIUM
    ]);
    expect(risks[0]).toMatchObject({
      detail: 'Probability: MEDIUM\nImpact: HIGH',
      mitigation: 'Allocate dedicated resources, daily standups, pair programming',
      position: { line: 531, column: 1 },
    });
  });

  it('SECURITY-AUDIT-REPORT: the current-state risk table (line 1099) wins over the projected ones', () => {
    const { risks } = parse(corpusText('artifacts_SECURITY-AUDIT-REPORT.md'));
    expect(risks.map((r) => [r.title, r.level])).toEqual([
      ['Command Injection', 'critical'],
      ['Wrapper Replacement', 'critical'],
      ['Supply Chain Attack', 'high'],
      ['Path Traversal', 'medium'],
      ['Argument Injection', 'high'],
    ]);
    expect(risks[0]?.detail).toBe('Likelihood: HIGH\nImpact: CRITICAL');
  });

  it('phase4-week10 assessment: "None identified" buckets give no risks', () => {
    const { risks } = parse(corpusText('artifacts_phase4-week10-backward-compatibility-assessment.md'));
    expect(risks.filter((r) => r.level === 'medium' || r.level === 'high')).toEqual([]);
    expect(risks.filter((r) => r.level === 'none')).toHaveLength(5);
  });

  it('FINAL-PRODUCTION-AUDIT-REPORT: resolved and remaining (low) buckets; monitoring items are no risks', () => {
    const { risks } = parse(corpusText('artifacts_FINAL-PRODUCTION-AUDIT-REPORT.md'));
    expect(risks.map((r) => [r.title, r.level])).toEqual([
      ['Workflow Failures', 'resolved'],
      ['Build Breaks', 'resolved'],
      ['File Chaos', 'resolved'],
      ['Theater Drift', 'low'],
      ['Loop Script Scaling', 'low'],
      ['npm Test Timeouts', 'low'],
    ]);
  });
});

describe('a bucket that is no risk level', () => {
  it('final-validation assessment: `### HIGH CONFIDENCE AREAS [OK]` (lines 149-153) is other, not low', () => {
    const { risks } = parse(corpusText('artifacts_final-validation_FINAL_PRODUCTION_READINESS_ASSESSMENT.md'));
    const at = (line: number) => risks.find((r) => r.position.line === line);
    for (const line of [150, 151, 152, 153]) expect(at(line), `line ${line}`).toMatchObject({ level: 'other', label: 'HIGH CONFIDENCE AREAS' });
    expect(at(150)?.title).toBe('Functional Completeness');
    expect(risks.filter((r) => r.level === 'low')).toHaveLength(3);
  });
});
