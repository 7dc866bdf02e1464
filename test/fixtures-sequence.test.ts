/**
 * What each report of the bundled sequence (fixtures/sequence, the Orion
 * payments platform, phases 4 to 7) was written to say, and what the parser
 * and the evaluation must read from it.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../src/evaluate/evaluate.js';
import type { Report } from '../src/model/types.js';
import { parse } from '../src/parse/parse.js';

const load = (n: number): Report => parse(readFileSync(new URL(`../fixtures/sequence/phase-${n}.md`, import.meta.url), 'utf8'), { path: `phase-${n}.md` });
const p4 = load(4);
const p5 = load(5);
const p6 = load(6);
const p7 = load(7);

const issues = (r: Report) => Object.fromEntries(r.issues.map((i) => [i.title, [i.severity, i.status]]));
const gates = (r: Report) => Object.fromEntries(r.gates.map((g) => [g.criterion, [g.target?.raw ?? null, g.current?.raw ?? null, g.met]]));
const risks = (r: Report) => Object.fromEntries(r.risks.map((x) => [x.title, x.level]));
const idOf = (r: Report, title: string) => r.issues.find((i) => i.title === title)?.id;

describe('phase-4.md: seed style, NO-GO', () => {
  it('reads the `**Key**: value` header and the footer pointer', () => {
    expect(p4.meta.title?.value).toBe('Phase 4 Orion Payments Platform - Settlement Hardening Assessment');
    expect(p4.meta.phase?.number).toBe(4);
    expect(p4.meta.generated?.iso).toBe('2025-03-03T09:30:00Z');
    expect(p4.meta.author).toMatchObject({ name: 'release-coordinator', role: 'Agent' });
    expect(p4.meta.status?.value).toBe('Assessment Complete');
    expect(p4.meta.nextUpdate?.value).toBe('After settlement and ledger fixes land (target 2025-03-17)');
  });

  it('reads three blocking, one critical and one medium issue, all open', () => {
    expect(issues(p4)).toEqual({
      'Ledger Reconciliation Drift': ['blocking', 'open'],
      'Settlement Batch Timeouts': ['blocking', 'open'],
      'Webhook Retry Storms': ['blocking', 'open'],
      'Tokenization Vault Failover': ['critical', 'open'],
      'Flaky Contract Tests': ['medium', 'open'],
    });
    expect(p4.issues.find((i) => i.title === 'Settlement Batch Timeouts')?.identifiers).toContain('SETTLEMENT_BATCH_SIZE');
  });

  it('reads the gates written as list lines, one unmeasured', () => {
    expect(gates(p4)).toEqual({
      'Test Success Rate': ['>95%', '~61%', false],
      'Authorization Latency (p95)': ['<250ms', '410ms', false],
      'Code Coverage': ['Maintain 85%+', '86%', true],
      'Reconciliation Accuracy': ['>99.9%', '99.2%', false],
      'Security Score': ['Maintain 100%', null, true],
      'Webhook Delivery Success': ['>99.5%', null, null],
    });
  });

  it('reads risks by High/Medium/Low headings', () => {
    expect(risks(p4)).toEqual({
      'Card Network Certification': 'high',
      'Ledger Migration Rollback': 'high',
      'FX Rate Provider Dependency': 'medium',
      'On-call Coverage': 'medium',
      'Documentation Drift': 'low',
    });
  });

  it('reads owners from the numbered assignments and the steps with horizons', () => {
    expect(p4.actions.map((a) => [a.owner, a.title, a.tasks.length])).toEqual([
      ['ledger-team', 'Fix Reconciliation', 3],
      ['settlement-team', 'Stabilise Settlement', 2],
      ['platform-sre', 'Vault Resilience', 2],
      ['qa-guild', 'Test Stability', 2],
    ]);
    expect(p4.steps.map((s) => s.horizon)).toEqual(['Immediate', 'Short-term', 'Medium-term', 'Final']);
    expect(p4.criteria).toHaveLength(5);
  });

  it('states NO-GO, and the rules agree', () => {
    expect(p4.verdict).toMatchObject({ value: 'NO-GO', decision: 'no-go' });
    expect(p4.diagnostics.filter((d) => d.ruleId === 'verdict-conflict')).toEqual([]);
    expect(evaluate(p4)).toMatchObject({ decision: 'no-go', stated: 'no-go', agrees: true });
  });
});

describe('phase-5.md: emoji style, tables, CONDITIONAL GO', () => {
  it('reads the `**Key:** value` header', () => {
    expect(p5.meta.phase?.number).toBe(5);
    expect(p5.meta.generated?.iso).toBe('2025-03-17');
    expect(p5.meta.author?.name).toBe('release-coordinator');
    expect(p5.meta.nextUpdate?.value).toBe('Phase 6 assessment, 2025-03-31');
  });

  it('reads issues marked ✅ ❌ 🔄 and (FIXED), one new', () => {
    expect(issues(p5)).toEqual({
      'Settlement Batch Timeouts': ['blocking', 'resolved'],
      'Webhook Retry Storms': ['blocking', 'resolved'],
      'Ledger Reconciliation Drift': ['critical', 'in-progress'],
      'Tokenization Vault Failover': ['critical', 'open'],
      'Refund Currency Rounding': ['high', 'open'],
      'Flaky Contract Tests': ['medium', 'in-progress'],
    });
  });

  it('reads the Metric/Target/Current/Status gate table', () => {
    expect(gates(p5)).toEqual({
      'Test Success Rate': ['>95%', '84%', false],
      'Authorization Latency (p95)': ['<250ms', '290ms', false],
      'Code Coverage': ['Maintain 85%+', '87%', true],
      'Reconciliation Accuracy': ['>99.9%', '99.7%', false],
      'Security Score': ['Maintain 100%', '100%', true],
      'Webhook Delivery Success': ['>99.5%', '99.6%', true],
    });
  });

  it('reads the Before/After table as metrics', () => {
    const tests = p5.metrics.find((m) => m.name === 'Test Success Rate' && m.before !== null);
    expect([tests?.before?.raw, tests?.after?.raw]).toEqual(['~61%', '84%']);
    expect(p5.metrics.find((m) => m.name === 'Settlement Batch Duration')?.after?.raw).toBe('52s');
  });

  it('reads the numbered risk register with the FX risk escalated to high', () => {
    expect(risks(p5)).toEqual({
      'Card Network Certification': 'high',
      'FX Rate Provider Dependency': 'high',
      'Ledger Migration Rollback': 'medium',
      'On-call Coverage': 'medium',
      'Documentation Drift': 'low',
    });
  });

  it('reads the owners table, the week horizons and the checklist', () => {
    expect(p5.actions.map((a) => a.owner)).toEqual(['ledger-team', 'platform-sre', 'refunds-squad', 'qa-guild', 'settlement-team']);
    expect(p5.steps.map((s) => s.horizon)).toEqual(['Week 1', 'Week 1', 'Week 2', 'Week 2', 'Final']);
    expect(p5.criteria.map((c) => c.state)).toEqual(['checked', 'checked', 'unchecked', 'unchecked', 'unchecked']);
  });

  it('states CONDITIONAL GO, and the rules agree', () => {
    expect(p5.verdict).toMatchObject({ value: 'CONDITIONAL GO', decision: 'conditional' });
    expect(evaluate(p5)).toMatchObject({ decision: 'conditional', stated: 'conditional', agrees: true });
  });
});

describe('phase-6.md: emoji stripped, ALL-CAPS keys, GO WITH CAUTION', () => {
  it('reads the ALL-CAPS header and the sign-off footer', () => {
    expect(p6.meta.phase?.number).toBe(6);
    expect(p6.meta.generated?.iso).toBe('2025-03-31');
    expect(p6.meta.author).toMatchObject({ name: 'release-coordinator', role: 'ASSESSOR' });
    expect(p6.meta.fields.filter((f) => f.placement === 'footer').map((f) => f.key)).toEqual(['Assessed By', 'Approved By', 'Next Update']);
  });

  it('reads issues with **Status**/**Severity** fields, one reopened and one new', () => {
    expect(issues(p6)).toEqual({
      'Ledger Reconciliation Drift': ['blocking', 'resolved'],
      'Settlement Batch Timeouts': ['blocking', 'open'],
      'Tokenization Vault Failover': ['critical', 'in-progress'],
      'Refund Currency Rounding': ['high', 'resolved'],
      'PCI Audit Log Gaps': ['high', 'open'],
      'Flaky Contract Tests': ['medium', 'in-progress'],
    });
  });

  it('reads [OK]/[FAIL] gate lines, coverage regressed below its floor', () => {
    expect(gates(p6)).toEqual({
      'Test Success Rate': ['>95%', '93.5%', false],
      'Authorization Latency (p95)': ['<250ms', '240ms', true],
      'Code Coverage': ['Maintain 85%+', '83%', false],
      'Reconciliation Accuracy': ['>99.9%', '99.95%', true],
      'Security Score': ['Maintain 100%', null, true],
      'Webhook Delivery Success': ['>99.5%', '99.7%', true],
    });
    const coverage = p6.metrics.find((m) => m.name === 'Code Coverage' && m.before !== null);
    expect([coverage?.before?.raw, coverage?.after?.raw]).toEqual(['87%', '83%']);
  });

  it('reads risks by heading, "None identified" giving none, the rollback risk retired', () => {
    expect(risks(p6)).toEqual({
      'FX Rate Provider Dependency': 'high',
      'Card Network Certification': 'medium',
      'On-call Coverage': 'medium',
      'Documentation Drift': 'low',
    });
  });

  it('reads the checklist and steps', () => {
    expect(p6.criteria.map((c) => c.state)).toEqual(['checked', 'checked', 'unchecked', 'unchecked', 'unchecked', 'checked']);
    expect(p6.steps.map((s) => s.horizon)).toEqual(['Immediate', 'Short-term', 'Medium-term', 'Final']);
  });

  it('states GO WITH CAUTION, which the rules contradict (a blocker is open)', () => {
    expect(p6.verdict).toMatchObject({ value: 'GO WITH CAUTION', decision: 'conditional' });
    const evaluation = evaluate(p6);
    expect(evaluation).toMatchObject({ decision: 'no-go', stated: 'conditional', agrees: false });
    expect(evaluation.results.find((r) => r.rule === 'no-open-blocking-issue')?.message).toBe('1 open blocking issue(s): "Settlement Batch Timeouts"');
  });
});

describe('phase-7.md: GO', () => {
  it('reads the header and the sign-off lines', () => {
    expect(p7.meta.phase?.number).toBe(7);
    expect(p7.meta.generated?.iso).toBe('2025-04-14');
    // the sign-off: "**Verdict**: GO" opening the last section (line 81) and the three lines after its rule (87-89)
    expect(p7.meta.fields.filter((f) => f.placement === 'footer').map((f) => [f.position.line, f.key])).toEqual([[81, 'Verdict'], [87, 'Reviewed By'], [88, 'Approved By'], [89, 'Next Review']]);
  });

  it('reads resolved, still-open and new issues', () => {
    expect(issues(p7)).toEqual({
      'Settlement Batch Timeouts': ['unknown', 'resolved'],
      'Tokenization Vault Failover': ['unknown', 'resolved'],
      'PCI Audit Log Gaps': ['medium', 'in-progress'],
      'Flaky Contract Tests': ['medium', 'in-progress'],
      'Noisy Latency Alerts': ['low', 'open'],
    });
  });

  it('reads every gate as met and the trend lines as metrics', () => {
    expect(Object.values(gates(p7)).map(([, , met]) => met)).toEqual([true, true, true, true, true, true]);
    const latency = p7.metrics.find((m) => m.name === 'Authorization Latency (p95)' && m.before !== null);
    expect([latency?.before?.raw, latency?.after?.raw]).toEqual(['410ms', '205ms']);
  });

  it('reads risks with "None identified" high, the certification risk retired', () => {
    expect(risks(p7)).toEqual({ 'FX Rate Provider Dependency': 'medium', 'On-call Coverage': 'low', 'Documentation Drift': 'low' });
  });

  it('reads the owners table, a fully checked checklist and the steps', () => {
    expect(p7.actions.map((a) => a.owner)).toEqual(['security-guild', 'qa-guild', 'platform-sre', 'fx-team']);
    expect(p7.criteria.every((c) => c.state === 'checked')).toBe(true);
    expect(p7.steps.map((s) => s.horizon)).toEqual(['Immediate', 'Short-term', 'Short-term', 'Long-term']);
  });

  it('states GO, and the rules agree', () => {
    expect(p7.verdict).toMatchObject({ value: 'GO', decision: 'go' });
    expect(evaluate(p7)).toMatchObject({ decision: 'go', stated: 'go', agrees: true });
  });
});

describe('the sequence as a story', () => {
  it('keeps issue ids stable across the four reports', () => {
    for (const title of ['Settlement Batch Timeouts', 'Tokenization Vault Failover', 'Flaky Contract Tests']) {
      const ids = [p4, p5, p6, p7].map((r) => idOf(r, title));
      expect(new Set(ids).size, title).toBe(1);
      expect(ids[0], title).toBeDefined();
    }
  });

  it('resolves, reopens and resolves again the settlement blocker', () => {
    const status = [p4, p5, p6, p7].map((r) => r.issues.find((i) => i.title === 'Settlement Batch Timeouts')?.status);
    expect(status).toEqual(['open', 'resolved', 'open', 'resolved']);
  });

  it('improves the test success rate from phase to phase', () => {
    const values = [p4, p5, p6, p7].map((r) => r.gates.find((g) => g.criterion === 'Test Success Rate')?.current?.value);
    expect(values).toEqual([61, 84, 93.5, 97.8]);
  });

  it('moves the verdict from NO-GO to GO', () => {
    expect([p4, p5, p6, p7].map((r) => r.verdict?.value)).toEqual(['NO-GO', 'CONDITIONAL GO', 'GO WITH CAUTION', 'GO']);
  });

  it('points each report at the next', () => {
    expect([p5, p6, p7].map((r) => r.meta.fields.find((f) => /^previous report$/i.test(f.key))?.value)).toEqual([
      'Phase 4 Settlement Hardening Assessment',
      'Phase 5 Merchant Pilot Readiness Report',
      'Phase 6 Pilot Assessment',
    ]);
  });
});
