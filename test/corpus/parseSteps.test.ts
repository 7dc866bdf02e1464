import { describe, expect, it } from 'vitest';
import { parse } from '../../src/parse/parse.js';
import { corpusText, seedText } from '../helpers/paths.js';

describe('steps', () => {
  it('reads the horizons of the reference report\'s next steps (lines 114-117)', () => {
    const { steps } = parse(seedText());
    expect(steps.map((s) => [s.horizon, s.text, s.position.line])).toEqual([
      ['Immediate', 'Fix test infrastructure blocking issues', 114],
      ['Short-term', 'Resolve 12 critical integration failures', 115],
      ['Medium-term', 'Complete end-to-end validation scenarios', 116],
      ['Final', 'Generate go/no-go recommendation', 117],
    ]);
  });

  it('COMPREHENSIVE-ANALYSIS-REPORT: "Today", "This Week" leads (lines 224-228)', () => {
    const { steps } = parse(corpusText('artifacts_COMPREHENSIVE-ANALYSIS-REPORT.md'));
    expect(steps.map((s) => s.horizon)).toEqual(['Immediate', 'Immediate', 'This week', 'This sprint', 'This quarter']);
  });

  it('DEPLOYMENT-READINESS-CHECKLIST: the Timeline Summary table rows (lines 586-589)', () => {
    const { steps } = parse(corpusText('artifacts_DEPLOYMENT-READINESS-CHECKLIST.md'));
    expect(steps.map((s) => [s.horizon, s.position.line])).toEqual([['Phase 1', 586], ['Phase 2', 587], ['Phase 3', 588], ['Phase 4', 589]]);
    expect(steps[0]?.text).toBe('Test suite + Top 10 god objects + Security');
  });
});
