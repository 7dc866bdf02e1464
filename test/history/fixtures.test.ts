/** The history of the bundled fictional sequence, given out of order. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { history } from '../../src/history/index.js';
import { parse } from '../../src/parse/parse.js';
import { repoRoot } from '../helpers/paths.js';

const phase = (n: number) => {
  const name = `phase-${n}.md`;
  return parse(readFileSync(join(repoRoot, 'fixtures', 'sequence', name), 'utf8'), { path: name });
};
const result = history([phase(6), phase(4), phase(7), phase(5)]);
const metric = (name: string) => result.metrics.find((m) => m.name === name);
const issue = (title: string) => result.issues.find((i) => i.title === title);

describe('history: fixture phases 4-7', () => {
  it('orders by phase whatever the input order', () => {
    expect(result.reports.map((r) => [r.phase, r.inputIndex])).toEqual([['4', 1], ['5', 3], ['6', 0], ['7', 2]]);
    expect(result.order.by).toBe('phase');
  });

  it('gives the metric series and their trends', () => {
    expect(metric('Test Success Rate')?.points.map((p) => p?.value ?? null)).toEqual([61, 84, 93.5, 97.8]);
    expect(metric('Authorization Latency (p95)')).toMatchObject({ better: 'lower', trend: 'improved' });
    expect(metric('Code Coverage')?.points.map((p) => p?.value ?? null)).toEqual([86, 87, 83, 86]);
    expect(metric('Code Coverage')?.trend).toBe('unchanged');
  });

  it('flags an uncertain pairing inside a series instead of hiding it', () => {
    const batch = result.metrics.find((m) => m.points[1]?.raw === '52s');
    expect(batch?.points[3]).toMatchObject({ raw: '61s', match: { kind: 'uncertain' } });
  });

  it('gives issue lifetimes: opened, resolved, reopened', () => {
    expect(issue('Settlement Batch Timeouts')).toMatchObject({ openedIn: 0, resolvedIn: 3, reopenedIn: [2], outcome: 'resolved' });
    expect(issue('Ledger Reconciliation Drift')).toMatchObject({ openedIn: 0, resolvedIn: 2, reopenedIn: [], outcome: 'resolved' });
    expect(issue('Refund Currency Rounding')).toMatchObject({ openedIn: 1, resolvedIn: 2, outcome: 'resolved' });
    expect(issue('PCI Audit Log Gaps')).toMatchObject({ openedIn: 2, resolvedIn: null, outcome: 'open' });
    expect(issue('Webhook Retry Storms')?.states.map((s) => s?.status ?? null)).toEqual(['open', 'resolved', null, null]);
  });

  it('gives risk levels and verdicts over time', () => {
    const levels = (title: string) => result.risks.find((r) => r.title === title)?.levels.map((l) => l?.level ?? null);
    expect(levels('FX Rate Provider Dependency')).toEqual(['medium', 'high', 'high', 'medium']);
    expect(levels('Ledger Migration Rollback')).toEqual(['high', 'medium', null, null]);
    expect(result.verdicts.map((v) => v?.value ?? null)).toEqual(['NO-GO', 'CONDITIONAL GO', 'GO WITH CAUTION', 'GO']);
  });
});
