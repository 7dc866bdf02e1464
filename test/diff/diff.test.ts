import { describe, expect, it } from 'vitest';
import { diff } from '../../src/diff/index.js';
import { PhaseDiff } from '../../src/model/diffSchema.js';
import { action, issue, metric, quantity, report, risk, section, verdict } from './factory.js';

describe('diff: risks, actions, verdict, status, sections', () => {
  it('escalates, de-escalates, retires and adds risks', () => {
    const older = report({
      risks: [risk('Phase 3 Integration', 'medium', 1), risk('Documentation', 'medium', 2), risk('Security', 'low', 3), risk('Test Infrastructure', 'high', 4), risk('Vendor lock', 'watch', 5)],
    });
    const newer = report({
      risks: [risk('Phase 3 Integration', 'high', 11), risk('Documentation gaps', 'low', 12), risk('Security posture (maintained)', 'low', 13), risk('Container Orchestration', 'high', 14), risk('Vendor lock', 'accepted', 15)],
    });
    const changes = diff(older, newer).risks;
    expect(changes.map((c) => [c.title, c.kind, c.match?.kind ?? null])).toEqual([
      ['Phase 3 Integration', 'escalated', 'exact'],
      ['Documentation gaps', 'de-escalated', 'similar'],
      ['Security posture (maintained)', 'unchanged', 'similar'],
      ['Test Infrastructure', 'retired', null],
      ['Vendor lock', 'relabelled', 'exact'],
      ['Container Orchestration', 'new', null],
    ]);
  });

  it('reports actions completed, progressed, added and removed', () => {
    const older = report({
      actions: [
        action('production-validator', 'Fix Test Infrastructure', 80, [['Restore constant', 'pending'], ['Fix config', 'pending']]),
        action('system-architect', 'Resolve Integration Failures', 86, [['Fix Phase 3', 'pending'], ['Fix Docker', 'pending']]),
        action('reviewer', 'Code review', 90),
      ],
    });
    const newer = report({
      actions: [
        action('production-validator', 'Fix Test Infrastructure', 10, [['Restore constant', 'done'], ['Fix config', 'done']]),
        action('system-architect', 'Resolve Integration Failures', 14, [['Fix Phase 3', 'done'], ['Fix Docker', 'pending'], ['Fix watcher', null]]),
        action('security-manager', 'Validate security posture', 20),
      ],
    });
    const changes = diff(older, newer).actions;
    expect(changes.map((c) => [c.owner, c.kind])).toEqual([
      ['production-validator', 'completed'],
      ['system-architect', 'progressed'],
      ['reviewer', 'removed'],
      ['security-manager', 'added'],
    ]);
    expect(changes[1]?.tasks.map((t) => [t.text, t.kind])).toEqual([
      ['Fix Phase 3', 'completed'],
      ['Fix Docker', 'unchanged'],
      ['Fix watcher', 'added'],
    ]);
  });

  it('states verdict and status moves with both positions', () => {
    const older = report({ verdict: verdict('FAILED', 'no-go', 4) }, { status: { value: 'Assessment Complete', position: { line: 5, column: 1 } } });
    const newer = report({ verdict: verdict('PROCEED', 'go', 180) }, { status: { value: 'COORDINATION COMPLETE', position: { line: 5, column: 1 } } });
    const result = diff(older, newer);
    expect(result.verdict).toEqual({
      kind: 'changed',
      direction: 'better',
      older: { value: 'FAILED', decision: 'no-go' },
      newer: { value: 'PROCEED', decision: 'go' },
      lines: { older: { line: 4, column: 1 }, newer: { line: 180, column: 1 } },
    });
    expect(result.status.kind).toBe('changed');
    expect(diff(report(), newer).verdict.kind).toBe('appeared');
    expect(diff(older, report()).verdict.kind).toBe('disappeared');
    expect(diff(report(), report()).verdict).toEqual({ kind: 'absent', direction: null, older: null, newer: null, lines: {} });
  });

  it('lists sections added and removed, ignoring emoji and numbering', () => {
    const older = report({ sections: [section('Executive Summary', 7, 'x'), section('1. Risk Assessment', 61, 'x'), section('Next Steps', 112, 'x')] });
    const newer = report({ sections: [section('Executive Summary', 8, 'x'), section('🎯 Risk Assessment', 119, 'x'), section('Communication', 152, 'x')] });
    expect(diff(older, newer).sections).toEqual([
      { heading: 'Next Steps', depth: 2, kind: 'removed', lines: { older: { line: 112, column: 1 } } },
      { heading: 'Communication', depth: 2, kind: 'added', lines: { newer: { line: 152, column: 1 } } },
    ]);
  });

  it('is deterministic, valid against its schema, and counts every kind', () => {
    const older = report({ metrics: [metric('Errors', 1, { current: quantity(9) })], issues: [issue('A thing', 2)] });
    const newer = report({ metrics: [metric('Errors', 3, { current: quantity(4) })], issues: [issue('Other', 4)] });
    const first = diff(older, newer);
    expect(JSON.stringify(diff(older, newer))).toBe(JSON.stringify(first));
    expect(PhaseDiff.parse(first)).toEqual(first);
    expect(first.summary.metrics).toEqual({ improved: 1, regressed: 0, unchanged: 0, changed: 0, conflict: 0, new: 0, dropped: 0, 'not-reported': 0 });
    expect(first.summary.issues.new).toBe(1);
    expect(first.summary.issues.dropped).toBe(1);
  });
});

describe('PhaseDiff JSON Schema', () => {
  it('is generated from the zod schema, with the closed change kinds', async () => {
    const { z } = await import('zod');
    const schema = z.toJSONSchema(PhaseDiff) as { properties: Record<string, unknown> };
    expect(Object.keys(schema.properties)).toEqual(['schemaVersion', 'older', 'newer', 'summary', 'headline', 'verdict', 'status', 'metrics', 'gates', 'issues', 'risks', 'actions', 'sections']);
    expect(JSON.stringify(schema)).toContain('"enum":["resolved","new","persisting","reopened","still-resolved","dropped","not-reported"]');
  });
});
