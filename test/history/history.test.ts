import { describe, expect, it } from 'vitest';
import { history } from '../../src/history/index.js';
import { History } from '../../src/model/historySchema.js';
import { issue, metric, phaseMeta, quantity, report, risk, section, verdict } from '../diff/factory.js';

describe('history: order', () => {
  it('orders by phase, then date, and says so', () => {
    const p7 = report({}, { ...phaseMeta(7, '2025-03-01'), title: { value: 'P7', position: { line: 1, column: 1 } } });
    const p5 = report({}, phaseMeta(5, '2025-01-01'));
    const p6b = report({}, phaseMeta(6, '2025-02-10'));
    const p6a = report({}, phaseMeta(6, '2025-02-01'));
    const result = history([p7, p5, p6b, p6a]);
    expect(result.reports.map((r) => [r.phase, r.generated, r.inputIndex])).toEqual([
      ['5', '2025-01-01', 1],
      ['6', '2025-02-01', 3],
      ['6', '2025-02-10', 2],
      ['7', '2025-03-01', 0],
    ]);
    expect(result.order).toEqual({ by: 'phase', reason: 'ordered by phase, then by the date found in the report (header, sign-off or title), then by a stage word of the title (initial, final), then by carried figures (a report whose before values are the current values of another comes after it), then by the order given; never by file name; the phase decided' });
  });

  it('places a report without a phase by its date', () => {
    const result = history([report({}, phaseMeta(6, '2025-09-27T04:21:00Z')), report({}, phaseMeta(null, '2025-09-27T04:14:00Z'))]);
    expect(result.reports.map((r) => r.inputIndex)).toEqual([1, 0]);
    expect(result.order).toEqual({ by: 'date', reason: 'ordered by phase, then by the date found in the report (header, sign-off or title), then by a stage word of the title (initial, final), then by carried figures (a report whose before values are the current values of another comes after it), then by the order given; never by file name; the date decided; 1 of 2 has no phase: placed by the next key' });
  });

  it('keeps input order when the keys do not separate the reports', () => {
    const result = history([report({}, phaseMeta(8, '2025-01-27')), report({}, phaseMeta(8, null)), report({}, phaseMeta(8, null))]);
    expect(result.reports.map((r) => r.inputIndex)).toEqual([0, 1, 2]);
    expect(result.order).toEqual({
      by: 'input',
      reason: 'ordered by phase, then by the date found in the report (header, sign-off or title), then by a stage word of the title (initial, final), then by carried figures (a report whose before values are the current values of another comes after it), then by the order given; never by file name; no phase, date, stage or carried figure told the reports apart, so the order given is kept; 2 of 3 have no date: placed by the next key',
    });
  });
});

describe('history: series and lifetimes', () => {
  const reports = [
    report(
      {
        metrics: [metric('Compilation Errors', 10, { current: quantity(4303) }), metric('Coverage', 11, { current: quantity(40, '%') })],
        issues: [issue('Footer corruption', 20, { identifiers: ['A2AProtocolAPI.ts'] }), issue('Flaky suite', 21)],
        risks: [risk('Integration', 'high', 30)],
        verdict: verdict('BLOCKED', 'no-go', 40),
      },
      phaseMeta(1, null),
    ),
    report(
      {
        metrics: [metric('Total Compilation Errors', 12, { current: quantity(1423) })],
        issues: [issue('Flaky suite', 22, { status: 'resolved' })],
        risks: [risk('Integration', 'medium', 31)],
        sections: [section('Fixes', 50, '- ✅ Fixed footer corruption in `A2AProtocolAPI.ts`')],
        verdict: verdict('STOP WORK ORDER', 'no-go', 41),
      },
      phaseMeta(2, null),
    ),
    report(
      {
        metrics: [metric('Compilation Errors', 14, { current: quantity(1316) }), metric('Coverage', 15, { current: quantity(80, '%') })],
        issues: [issue('Flaky suite', 23), issue('Memory leak', 24)],
        verdict: verdict('PROCEED', 'go', 42),
      },
      phaseMeta(3, null),
    ),
  ];
  const result = history(reports);

  it('gives each metric its series, followed across renames and gaps', () => {
    expect(result.metrics.map((m) => [m.name, m.points.map((p) => p?.value ?? null), m.trend, m.better])).toEqual([
      ['Compilation Errors', [4303, 1423, 1316], 'improved', 'lower'],
      ['Coverage', [40, null, 80], 'improved', 'higher'],
    ]);
    expect(result.metrics[0]?.points[1]?.position).toEqual({ line: 12, column: 1 });
  });

  it('gives each issue its lifetime', () => {
    expect(result.issues.map((i) => [i.title, i.openedIn, i.resolvedIn, i.reopenedIn, i.outcome])).toEqual([
      ['Footer corruption', 0, 1, [], 'resolved'],
      ['Flaky suite', 0, 1, [2], 'open'],
      ['Memory leak', 2, null, [], 'open'],
    ]);
    expect(result.issues[0]?.states[1]).toEqual({ status: 'resolved', match: { kind: 'marker', score: 1 }, position: { line: 52, column: 1 } });
    expect(result.issues[0]?.states[2]).toBeNull();
  });

  it('gives risk levels and verdicts over time', () => {
    expect(result.risks.map((r) => r.levels.map((l) => l?.level ?? null))).toEqual([['high', 'medium', null]]);
    expect(result.verdicts.map((v) => v?.value ?? null)).toEqual(['BLOCKED', 'STOP WORK ORDER', 'PROCEED']);
  });

  it('is deterministic and valid against its schema', () => {
    expect(JSON.stringify(history(reports))).toBe(JSON.stringify(result));
    expect(History.parse(result)).toEqual(result);
  });
});

describe('history: absent is not gone', () => {
  it('calls an open issue not-reported when the last report has no issue list, dropped when it has one', () => {
    const first = report({ issues: [issue('Flaky suite', 21)] }, phaseMeta(1, null));
    const silent = report({}, phaseMeta(2, null));
    const listed = report({ issues: [issue('Unrelated thing entirely', 30)] }, phaseMeta(2, null));
    expect(history([first, silent]).issues[0]?.outcome).toBe('not-reported');
    expect(history([first, listed]).issues[0]?.outcome).toBe('dropped');
  });
});
