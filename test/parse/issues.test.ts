import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/parse/parse.js';
import { stableId } from '../../src/parse/text/stableId.js';
import { corpusText, repoRoot, seedText } from '../helpers/paths.js';

const fixture = (name: string) => parse(readFileSync(join(repoRoot, 'fixtures', 'cases', name, 'input.md'), 'utf8'));

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
  it('SECURITY-AUDIT-REPORT: the 8 numbered "### 1.N SEVERITY: title" findings with their severities', () => {
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
    ]);
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

describe('issue forms (fixtures/cases/issue-forms)', () => {
  const report = fixture('issue-forms');
  const byTitle = new Map(report.issues.map((i) => [i.title, i]));

  it('reads status from markers, checkboxes, "(FIXED)" and nested **Status** fields', () => {
    expect(byTitle.get('Cache Layer')?.status).toBe('resolved');
    expect(byTitle.get('Queue Worker')?.status).toBe('in-progress');
    expect(byTitle.get('Auth Tokens')?.status).toBe('blocked');
    expect(byTitle.get('Disk Quota')?.status).toBe('resolved');
    expect(byTitle.get('Retry storm on deploy')?.status).toBe('resolved');
    expect(byTitle.get('Missing index on orders.created_at')?.status).toBe('open');
    expect(byTitle.get('Report Export')?.status).toBe('resolved');
  });

  it('reads severity from headings, numbered severity prefixes and table columns', () => {
    expect(byTitle.get('Cache Layer')?.severity).toBe('blocking');
    expect(byTitle.get('Timezone Drift')?.severity).toBe('high');
    expect(byTitle.get('Verbose Error Pages')).toMatchObject({ severity: 'medium', status: 'open', category: 'Open Problems', identifiers: ['DEBUG_MODE'] });
    expect(byTitle.get('Slow search')).toMatchObject({ severity: 'low', status: 'in-progress', category: 'Tracked Bugs' });
    expect(byTitle.get('Broken avatar upload')).toMatchObject({ severity: 'high', status: 'resolved' });
  });

  it('tracks a constant given a status outside the issue sections', () => {
    expect(byTitle.get('MAX_POOL_SIZE')).toMatchObject({ status: 'resolved', category: 'Fixes Applied', identifiers: ['MAX_POOL_SIZE'] });
  });

  it('reports the announced count that does not match', () => {
    expect(report.diagnostics.map((d) => [d.ruleId, d.position.line])).toEqual([['issue-count-mismatch', 16]]);
  });

  it('never gives the same id twice, even to a repeated title', () => {
    const twice = parse('## Issues\n- Flaky test\n\n## Other Issues\n- Flaky test\n').issues;
    expect(twice.map((i) => i.id)).toEqual([stableId('issue', 'Flaky test'), `${stableId('issue', 'Flaky test')}-2`]);
  });
});
