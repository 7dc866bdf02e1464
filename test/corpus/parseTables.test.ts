import { describe, expect, it } from 'vitest';
import { parse } from '../../src/parse/parse.js';
import { corpusText, seedText } from '../helpers/paths.js';

describe('tables', () => {
  it('finds no table where there is none, and tables in every section of a corpus report', () => {
    expect(parse(seedText()).tables).toEqual([]);
    const final = parse(corpusText('artifacts_phase6-orchestration-final.md')).tables;
    expect(final.map((t) => t.id)).toEqual([
      'priority-1-infrastructure-team-0-2-hours-table-1',
      'priority-2-validation-team-2-4-hours-table-1',
      'priority-3-integration-team-4-6-hours-table-1',
      'version--run-log-table-1',
    ]);
    // artifacts_phase6-orchestration-final.md line 60
    expect(final[0]?.rows[0]).toEqual(['production-validator', 'Fix test infrastructure & validate deployment readiness', 'Constants fixed ✅', '1-2 hours', '🟢 READY']);
  });
});
