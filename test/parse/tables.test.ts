import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { columnRoles } from '../../src/parse/extract/measure/columnRoles.js';
import { parse } from '../../src/parse/parse.js';
import { repoRoot } from '../helpers/paths.js';

describe('tables', () => {
  const report = parse(readFileSync(join(repoRoot, 'fixtures', 'cases', 'metric-tables', 'input.md'), 'utf8'));

  it('keeps every table as plain text with a stable id and position', () => {
    expect(report.tables.map((t) => [t.id, t.sectionId, t.position.line])).toEqual([
      ['gate-review-table-1', 'gate-review', 5],
      ['progress-table-1', 'progress', 14],
      ['team-roster-table-1', 'team-roster', 22],
    ]);
    expect(report.tables[0]?.headers).toEqual(['Gate', 'Target', 'Actual', 'Status']);
    expect(report.tables[0]?.rows[0]).toEqual(['Availability', '≥99.9%', '99.95%', '✅ PASS']);
  });

  it('strips markdown and pads short rows to the header width', () => {
    expect(report.tables[2]?.rows).toEqual([
      ['kim', 'lead', 'on call this week'],
      ['ravi', 'reviewer', ''],
    ]);
  });

  it('only rows of measure tables become metrics', () => {
    const names = report.metrics.map((m) => m.name);
    expect(names).toEqual(['Availability', 'Error Rate', 'p95 Latency', 'Docs Coverage', 'Open Defects', 'Build Minutes', 'Ownership']);
    expect(report.metrics.find((m) => m.name === 'Open Defects')).toMatchObject({ before: { value: 42 }, after: { value: 17 }, mark: 'done' });
    // a row of words in a Before/After table is a categorical metric (`| Ownership | Unclear | Assigned |`)
    expect(report.metrics.find((m) => m.name === 'Ownership')).toMatchObject({ before: { value: 'Unclear', unit: null }, after: { value: 'Assigned' } });
  });
});

describe('columnRoles', () => {
  it('tells name, target, current, before, after and status columns by their headers', () => {
    expect(columnRoles(['Metric', 'Target', 'Achieved', 'Status'])).toEqual({ name: 0, target: 1, current: 2, status: 3 });
    expect(columnRoles(['Gate', 'Status', 'Score', 'Requirement'])).toEqual({ name: 0, status: 1, current: 2, target: 3 });
    expect(columnRoles(['Metric', 'Before Fixes', 'After Fixes', 'Improvement'])).toEqual({ name: 0, before: 1, after: 2, change: 3 });
    expect(columnRoles(['Component', 'Pre-Fix', 'Post-Fix', 'Status'])).toEqual({ name: 0, before: 1, after: 2, status: 3 });
  });

  it('reads "Current Audit" next to "Initial Audit" as the after column', () => {
    expect(columnRoles(['Metric', 'Initial Audit', 'Current Audit', 'Change'])).toEqual({ name: 0, before: 1, after: 2, change: 3 });
  });
});
