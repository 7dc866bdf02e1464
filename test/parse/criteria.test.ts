import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/parse/parse.js';
import { repoRoot } from '../helpers/paths.js';

const fixture = (name: string) => parse(readFileSync(join(repoRoot, 'fixtures', 'cases', name, 'input.md'), 'utf8'));

describe('criteria', () => {
  it('reads task items, markers and plain bullets of a checklist (fixtures/cases/steps-actions-criteria)', () => {
    const { criteria } = fixture('steps-actions-criteria');
    expect(criteria.map((c) => [c.text, c.state])).toEqual([
      ['Load test at 2x traffic', 'checked'],
      ['Rollback drill', 'unchecked'],
      ['Dashboards live', 'pass'],
      ['On-call rotation staffed', 'fail'],
      ['Legal sign-off received', 'unknown'],
    ]);
  });
});
