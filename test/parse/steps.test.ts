import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/parse/parse.js';
import { readHorizon } from '../../src/parse/text/readHorizon.js';
import { corpusText, repoRoot, seedText } from '../helpers/paths.js';

const fixture = (name: string) => parse(readFileSync(join(repoRoot, 'fixtures', 'cases', name, 'input.md'), 'utf8'));

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

  it('reads leads, nested bullets under a horizon and horizon sub-headings (fixtures/cases/steps-actions-criteria)', () => {
    const { steps } = fixture('steps-actions-criteria');
    expect(steps.map((s) => [s.horizon, s.text])).toEqual([
      ['Immediate', 'Ship shard rebuild'],
      ['Week 5', 'Enable for 10% of users'],
      ['Long-term', 'Retire legacy index'],
      ['Long-term', 'Remove feature flag'],
      ['Phase 2', 'Personalised ranking'],
    ]);
  });

  it('names horizons by the policy table', () => {
    expect(['Short term', 'mid-term', 'Days 1-5', 'Phase 3: Rollout (Week 2)', 'Cleanup (Future)', 'Polish'].map((t) => readHorizon(t)))
      .toEqual(['Short-term', 'Medium-term', 'Days 1-5', 'Phase 3', 'Long-term', null]);
  });
});
