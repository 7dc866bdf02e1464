import { describe, expect, it } from 'vitest';
import { parse } from '../../src/parse/parse.js';
import { corpusText, seedText } from '../helpers/paths.js';

describe('meta on the reference report', () => {
  const { meta } = parse(seedText());

  it('reads title, phase, generated date, author, status and next update', () => {
    expect(meta.title?.value).toBe('Phase 6 Orchestration - Initial Assessment Report');
    expect(meta.phase).toMatchObject({ label: '6', number: 6 });
    expect(meta.generated).toMatchObject({ raw: '2025-09-27T04:14:00Z', iso: '2025-09-27T04:14:00Z', position: { line: 3, column: 1 } });
    expect(meta.author).toMatchObject({ name: 'task-orchestrator', role: 'Agent', position: { line: 4 } });
    expect(meta.status?.value).toBe('Assessment Complete');
    expect(meta.nextUpdate).toMatchObject({ value: 'After critical fixes implementation', position: { line: 127 } });
  });

  it('keeps every key/value line with its placement, sign-off lines included', () => {
    expect(meta.fields.map((f) => [f.key, f.placement, f.position.line])).toEqual([
      ['Generated', 'header', 3],
      ['Agent', 'header', 4],
      ['Status', 'header', 5],
      ['Status', 'footer', 126],
      ['Next Update', 'footer', 127],
    ]);
  });
});

describe('summary key/values and sign-off wherever they stand (lines read by hand; they agree with ../shared/golden/dev.json)', () => {
  const fields = (name: string) => parse(corpusText(name)).meta.fields.map((f) => [f.position.line, f.placement, f.key, f.value]);

  it('phase6-orchestration-final: Label: value headings (168, 174) and the sign-off before the AGENT FOOTER (202, 206, 210)', () => {
    const found = fields('artifacts_phase6-orchestration-final.md');
    expect(found).toContainEqual([168, 'body', 'Readiness Status', 'EXCELLENT']);
    expect(found).toContainEqual([174, 'body', 'Success Probability', 'HIGH (85%+)']);
    expect(found.filter((f) => f[1] === 'footer').map((f) => [f[0], f[2]])).toEqual([
      [202, 'Orchestration Status'], // ## Orchestration Status: MISSION ACCOMPLISHED
      [206, 'Recommendation'], // **Recommendation**: AUTHORIZE IMMEDIATE AGENT DEPLOYMENT
      [210, 'Final Coordination Handoff'], // after the ---, before <!-- AGENT FOOTER BEGIN -->
    ]);
  });

  it('phase8-remediation-success-report: the whole-bold opening of "## Final Assessment" (153) and the piped italic line (169)', () => {
    expect(fields('artifacts_phase8-remediation-success-report.md').filter((f) => f[1] === 'footer')).toEqual([
      [153, 'footer', 'REMEDIATION STATUS', 'COMPLETE SUCCESS ✅'],
      [167, 'footer', 'Phase 8 Remediation', 'MISSION ACCOMPLISHED 🎯'],
      [169, 'footer', 'Theater Score', '0%'],
      [169, 'footer', 'Compilation', 'Clean'],
      [169, 'footer', 'Functionality', '100% Real'],
    ]);
  });

  it('FINAL-PRODUCTION-AUDIT-REPORT: the key/value block under "### [OK] VERDICT" (14-17)', () => {
    expect(fields('artifacts_FINAL-PRODUCTION-AUDIT-REPORT.md').filter((f) => (f[0] as number) >= 14 && (f[0] as number) <= 17)).toEqual([
      [14, 'body', 'Overall Score', '87/100'],
      [15, 'body', 'Theater Level', 'ACCEPTABLE (72/100)'],
      [16, 'body', 'Critical Issues', 'RESOLVED'],
      [17, 'body', 'Recommendation', '**DEPLOY** with enhanced monitoring'],
    ]);
  });

  it('COMPREHENSIVE-ANALYSIS-REPORT: "### Key Findings:" items with a status emoji before the bold key (16-20)', () => {
    expect(fields('artifacts_COMPREHENSIVE-ANALYSIS-REPORT.md').filter((f) => (f[0] as number) >= 16 && (f[0] as number) <= 20).map((f) => f[2])).toEqual([
      'Analyzer Status', 'Critical Issues', 'High Priority', 'Medium Priority', 'NASA Compliance',
    ]);
  });

  it('SECURITY-AUDIT-REPORT: the sign-off stands before the appendices (1183-1185)', () => {
    expect(fields('artifacts_SECURITY-AUDIT-REPORT.md').filter((f) => f[1] === 'footer').map((f) => [f[0], f[2]])).toEqual([[1183, 'Auditor'], [1184, 'Date'], [1185, 'Next Review']]);
  });

  it('subtitles: an H2 right under the title (phase9-theater-audit-report line 2), a bold line (theater-audit-comprehensive line 2); none for "## Executive Summary: ..." (phase8-remediation-audit-report)', () => {
    expect(parse(corpusText('artifacts_phase9-theater-audit-report.md')).meta.subtitle).toEqual({ value: 'TDD-London-Swarm Agent Deliverables Analysis', position: { line: 2, column: 1 } });
    expect(parse(corpusText('artifacts_theater-audit-comprehensive-report.md')).meta.subtitle).toMatchObject({ value: 'CRITICAL THEATER DETECTION ANALYSIS', position: { line: 2 } });
    expect(parse(corpusText('artifacts_phase8-remediation-audit-report.md')).meta.subtitle).toBeNull();
  });
});
