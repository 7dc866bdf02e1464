/** No "worse" verdict, and so no --fail-on regression, from a verdict whose decision has no rank. */
import { describe, expect, it } from 'vitest';
import { diff } from '../../src/diff/index.js';
import type { ReportVerdict } from '../../src/model/types.js';
import { failFindings } from '../../src/run/failRules.js';
import { report, verdict } from './factory.js';

const regression = (older: ReportVerdict, newer: ReportVerdict) => {
  const d = diff(report({ verdict: older }), report({ verdict: newer }));
  return { direction: d.verdict.direction, findings: failFindings(['regression'], { diff: d, evaluation: null, label: 'x' }) };
};

describe('verdict direction', () => {
  it('is worse from GO to NO-GO, and --fail-on regression says so', () => {
    expect(regression(verdict('GO', 'go', 3), verdict('NO-GO', 'no-go', 4))).toEqual({ direction: 'worse', findings: ['regression: x: the verdict got worse'] });
  });

  it('has no direction when the newer report states conflicting verdicts', () => {
    // a parser that reads two different decisions marks the verdict in conflict
    const conflicted = { ...verdict('NO-GO', 'no-go', 4), conflict: true };
    expect(regression(verdict('GO', 'go', 3), conflicted)).toEqual({ direction: null, findings: [] });
  });
});
