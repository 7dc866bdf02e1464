/**
 * The diff on the bundled fictional sequence (fixtures/sequence/phase-4..7.md),
 * with the expected changes written out from reading the reports.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diff, type PhaseDiff } from '../../src/diff/index.js';
import { parse } from '../../src/parse/parse.js';
import { repoRoot } from '../helpers/paths.js';

const phase = (n: number) => {
  const name = `phase-${n}.md`;
  return parse(readFileSync(join(repoRoot, 'fixtures', 'sequence', name), 'utf8'), { path: name });
};
const [p4, p5, p6, p7] = [phase(4), phase(5), phase(6), phase(7)];

/** title -> kind, for the changes that are not 'unchanged' */
function kinds(changes: readonly { kind: string; title?: string; name?: string; criterion?: string }[]): Record<string, string> {
  return Object.fromEntries(changes.filter((c) => c.kind !== 'unchanged').map((c) => [c.title ?? c.name ?? c.criterion ?? '', c.kind]));
}
const verdictMove = (d: PhaseDiff) => [d.verdict.older?.value ?? null, d.verdict.newer?.value ?? null, d.verdict.direction];

describe('diff: fixture phase 4 -> 5', () => {
  const d = diff(p4, p5);

  it('closes two blockers, keeps the rest, finds the refund defect', () => {
    expect(kinds(d.issues)).toEqual({
      'Ledger Reconciliation Drift': 'persisting',
      'Settlement Batch Timeouts': 'resolved',
      'Webhook Retry Storms': 'resolved',
      'Tokenization Vault Failover': 'persisting',
      'Flaky Contract Tests': 'persisting',
      'Refund Currency Rounding': 'new',
    });
    expect(d.issues.find((c) => c.title === 'Settlement Batch Timeouts')?.lines).toEqual({ older: { line: 29, column: 1 }, newer: { line: 40, column: 1 } });
  });

  it('improves the metrics against their targets and meets the webhook gate', () => {
    expect(kinds(d.metrics)).toMatchObject({
      'Test Success Rate': 'improved',
      'Authorization Latency (p95)': 'improved',
      'Code Coverage': 'improved',
      'Reconciliation Accuracy': 'improved',
      'Settlement Batch Duration': 'new',
    });
    expect(d.metrics.find((m) => m.name === 'Authorization Latency (p95)')).toMatchObject({ delta: -120, better: 'lower', judgedBy: 'target' });
    expect(kinds(d.gates)).toEqual({ 'Webhook Delivery Success': 'met' });
  });

  it('raises the FX risk, lowers the ledger rollback risk; NO-GO becomes CONDITIONAL GO', () => {
    expect(kinds(d.risks)).toEqual({ 'Ledger Migration Rollback': 'de-escalated', 'FX Rate Provider Dependency': 'escalated' });
    expect(verdictMove(d)).toEqual(['NO-GO', 'CONDITIONAL GO', 'better']);
  });
});

describe('diff: fixture phase 5 -> 6', () => {
  const d = diff(p5, p6);

  it('reopens the settlement blocker and resolves the ledger and refund issues', () => {
    expect(kinds(d.issues)).toEqual({
      'Settlement Batch Timeouts': 'reopened',
      'Webhook Retry Storms': 'still-resolved',
      'Ledger Reconciliation Drift': 'resolved',
      'Tokenization Vault Failover': 'persisting',
      'Refund Currency Rounding': 'resolved',
      'Flaky Contract Tests': 'persisting',
      'PCI Audit Log Gaps': 'new',
    });
  });

  it('sees coverage regress below its floor and two gates become met', () => {
    expect(d.metrics.find((m) => m.name === 'Code Coverage')).toMatchObject({ kind: 'regressed', delta: -4, better: 'higher' });
    expect(kinds(d.gates)).toEqual({ 'Authorization Latency (p95)': 'met', 'Code Coverage': 'unmet', 'Reconciliation Accuracy': 'met' });
  });

  it('retires the ledger rollback risk; the verdict stays conditional', () => {
    expect(kinds(d.risks)).toEqual({ 'Card Network Certification': 'de-escalated', 'Ledger Migration Rollback': 'retired' });
    expect(verdictMove(d)).toEqual(['CONDITIONAL GO', 'GO WITH CAUTION', 'same']);
  });
});

describe('diff: fixture phase 6 -> 7', () => {
  const d = diff(p6, p7);

  it('resolves the reopened blocker and the vault failover; one new low finding', () => {
    expect(kinds(d.issues)).toEqual({
      'Ledger Reconciliation Drift': 'still-resolved',
      'Settlement Batch Timeouts': 'resolved',
      'Tokenization Vault Failover': 'resolved',
      'Refund Currency Rounding': 'still-resolved',
      'PCI Audit Log Gaps': 'persisting',
      'Flaky Contract Tests': 'persisting',
      'Noisy Latency Alerts': 'new',
    });
  });

  it('meets every gate and reaches GO', () => {
    expect(kinds(d.gates)).toEqual({ 'Test Success Rate': 'met', 'Code Coverage': 'met' });
    expect(d.metrics.find((m) => m.name === 'Code Coverage')).toMatchObject({ kind: 'improved', delta: 3 });
    expect(kinds(d.risks)).toEqual({ 'FX Rate Provider Dependency': 'de-escalated', 'Card Network Certification': 'retired', 'On-call Coverage': 'de-escalated' });
    expect(verdictMove(d)).toEqual(['GO WITH CAUTION', 'GO', 'better']);
    expect(d.verdict.lines).toEqual({ older: { line: 113, column: 1 }, newer: { line: 81, column: 1 } });
  });
});
