import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Evaluation } from '../../src/model/evaluation.js';
import type { Report } from '../../src/model/types.js';
import { nextUpdate } from '../../src/next/nextUpdate.js';
import { parse } from '../../src/parse/parse.js';

const read = (path: string): string => readFileSync(new URL(path, import.meta.url), 'utf8');
const phase6 = parse(read('../../fixtures/sequence/phase-6.md'));
const phase7 = parse(read('../../fixtures/sequence/phase-7.md'));

const open = (report: Report) => report.issues.filter((i) => i.status !== 'resolved');
const levels = (report: Report) => Object.fromEntries(report.risks.map((r) => [r.title, r.level]));

describe('nextUpdate on fixtures/sequence/phase-7.md', () => {
  it('carries the three open findings with their owners', () => {
    const draft = nextUpdate(phase7);
    const back = parse(draft);
    expect(back.meta.title?.value).toBe('🚀 Phase 8 Orion Payments Platform - General Availability Review');
    expect(back.issues.map((i) => i.id).sort()).toEqual(open(phase7).map((i) => i.id).sort());
    expect(back.issues.map((i) => [i.title, i.severity, i.status])).toEqual([
      ['PCI Audit Log Gaps', 'medium', 'in-progress'],
      ['Flaky Contract Tests', 'medium', 'in-progress'],
      ['Noisy Latency Alerts', 'low', 'open'],
    ]);
    expect(draft).toContain('🔄 **PCI Audit Log Gaps**: console admin events shipped; API key rotation events still missing\n   - **Owner**: security-guild');
    expect(draft).toContain('**Noisy Latency Alerts**: p99 alert fires on every deploy because the window is 1 minute\n   - **Owner**: platform-sre');
  });

  it('says all gates were met and carries none', () => {
    const draft = nextUpdate(phase7);
    expect(draft).toContain('All 6 quality gates were met in the last report.');
    expect(parse(draft).gates).toEqual([]);
  });

  it('carries risks by level, the retired ones gone', () => {
    const back = parse(nextUpdate(phase7));
    expect(levels(back)).toEqual({ 'FX Rate Provider Dependency': 'medium', 'On-call Coverage': 'low', 'Documentation Drift': 'low' });
  });

  it('lists the issues resolved since phase 6 when given it, with their ids', () => {
    const draft = nextUpdate(phase7, { since: phase6 });
    expect(draft).toContain('## Resolved Issues Since Last Update\n\n- ✅ **Settlement Batch Timeouts**: batch size now follows queue depth');
    const back = parse(draft);
    const resolved = back.issues.filter((i) => i.status === 'resolved');
    const expected = phase7.issues.filter((i) => ['Settlement Batch Timeouts', 'Tokenization Vault Failover'].includes(i.title));
    expect(resolved.map((i) => i.id)).toEqual(expected.map((i) => i.id));
    expect(back.issues.filter((i) => i.status !== 'resolved').map((i) => i.id)).toEqual(parse(nextUpdate(phase7)).issues.map((i) => i.id));
  });

  it('says so when nothing was resolved since the previous report', () => {
    expect(nextUpdate(phase7, { since: phase7 })).toContain('No issue open in 🚀 Phase 7 Orion Payments Platform - General Availability Review was resolved.');
  });

  it('uses the evaluation it is given', () => {
    const evaluation: Evaluation = {
      decision: 'conditional',
      results: [{ rule: 'custom-rule', outcome: 'fail', onFail: 'conditional', message: 'custom message', positions: [{ line: 3, column: 1 }] }],
      stated: 'go',
      agrees: false,
    };
    const draft = nextUpdate(phase7, { evaluation });
    expect(draft).toContain('gave **CONDITIONAL GO**; the report stated GO, in disagreement.');
    expect(draft).toContain('- `custom-rule` (fail, forces conditional): custom message (line 3)');
  });
});

describe('nextUpdate on fixtures/sequence/phase-6.md (issues written as headings with fields)', () => {
  const phase5 = parse(read('../../fixtures/sequence/phase-5.md'));
  const draft = nextUpdate(phase6, { since: phase5 });

  it('takes owners from the Owner fields and describes issues without their Status lines', () => {
    expect(draft).toContain('1. **Settlement Batch Timeouts**: Month-end volume pushed 1,000-transaction batches past the 90-second window again');
    expect(draft).toContain('1. 🔄 **Flaky Contract Tests**: Two flaky tests remain after the sandbox stubs were replaced.\n   - **Owner**: qa-guild');
    expect(draft).not.toContain('Status: OPEN');
  });

  it('lists what phase 6 resolved that phase 5 had open', () => {
    expect(draft).toContain('- ✅ **Ledger Reconciliation Drift**: Partial captures post once; March files replayed with zero drift.');
    expect(draft).toContain('- ✅ **Refund Currency Rounding**: Conversion now happens before rounding');
  });

  it('carries the two gates not met, coverage with its maintain target', () => {
    const back = parse(draft);
    expect(back.gates.map((g) => [g.criterion, g.target?.raw, g.current?.raw])).toEqual([
      ['Test Success Rate', '>95%', '93.5%'],
      ['Code Coverage', 'Maintain 85%+', '83%'],
    ]);
  });

  it('drafts the same carried issues and owners again from its own draft', () => {
    const again = nextUpdate(parse(draft));
    const back = parse(again);
    expect(back.issues.map((i) => i.id)).toEqual(parse(draft).issues.filter((i) => i.status !== 'resolved').map((i) => i.id));
    expect(again).toContain('**Flaky Contract Tests**: Two flaky tests remain after the sandbox stubs were replaced.\n   - **Owner**: qa-guild');
    expect(again).not.toContain('**Owner**: to assign');
  });
});
