import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/parse/parse.js';
import { readHorizon } from '../../src/parse/text/readHorizon.js';
import { repoRoot } from '../helpers/paths.js';

const fixture = (name: string) => parse(readFileSync(join(repoRoot, 'fixtures', 'cases', name, 'input.md'), 'utf8'));

describe('steps', () => {
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
