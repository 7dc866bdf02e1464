import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/parse/parse.js';
import { stableId } from '../../src/parse/text/stableId.js';
import { repoRoot } from '../helpers/paths.js';

const fixture = (name: string) => parse(readFileSync(join(repoRoot, 'fixtures', 'cases', name, 'input.md'), 'utf8'));

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

describe('issues read from evidence (fixtures/cases/issue-evidence)', () => {
  const report = fixture('issue-evidence');
  const facts = report.issues.map((i) => [i.position.line, i.title, i.severity, i.status]);

  it('reads numbered findings with a severity in parentheses (line 5) and a plain numbered finding (line 9)', () => {
    expect(facts).toContainEqual([5, 'Settlement Batch Retries (High)', 'high', 'open']);
    expect(facts).toContainEqual([9, 'Ledger Locks', 'unknown', 'open']);
    expect(report.issues.some((i) => i.title === 'Count' || i.title === 'Location')).toBe(false);
  });

  it('reads a **Finding:** paragraph (line 21) and marked items outside any issue heading (lines 25-27)', () => {
    expect(facts).toContainEqual([21, 'Audit hooks are not called on rollback', 'unknown', 'open']);
    expect(facts).toContainEqual([25, 'Currency rounding', 'unknown', 'warning']);
    expect(facts.find((f) => f[0] === 26)?.[3]).toBe('blocked');
    expect(facts.find((f) => f[0] === 27)?.[1]).toBe('archive/legacy.go: 3 compile errors');
    expect(report.issues.some((i) => i.title.startsWith('Double-entry'))).toBe(false);
  });

  it('reads FAIL and WARN rows of a rules table by their problem column, never the PASS row (lines 33-34)', () => {
    expect(facts).toContainEqual([33, 'Unbounded loops (R2)', 'unknown', 'open']);
    expect(facts).toContainEqual([34, 'Long functions (R3)', 'unknown', 'warning']);
    expect(report.issues.some((i) => i.position.line === 32)).toBe(false);
  });

  it('titles a generic blocker heading by its bold-only line (line 38)', () => {
    expect(facts.find((f) => f[0] === 38)?.[1]).toBe('Ledger Reconciliation: 92% (Requires: 100%)');
  });

  it('merges fenced status lines (17, 18) into the issues they restate (43, 44) and says so', () => {
    expect(report.issues.some((i) => i.position.line === 17 || i.position.line === 18)).toBe(false);
    expect(report.diagnostics.filter((d) => d.ruleId === 'issue-restated').map((d) => d.position.line)).toEqual([17, 18]);
    expect(facts).toContainEqual([43, 'Settlement worker queue client', 'unknown', 'open']);
  });
});
