import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diff, renderDiffMarkdown } from '../../src/diff/index.js';
import { parse } from '../../src/parse/parse.js';
import { corpusFiles, corpusText } from '../helpers/paths.js';

const reports = corpusFiles().map((name) => parse(corpusText(name), { path: name }));

describe('diff properties on the corpus', () => {
  it('finds nothing changed between a report and itself', () => {
    for (const report of reports) {
      const d = diff(report, report);
      const kinds = new Set([...d.metrics, ...d.gates, ...d.risks, ...d.actions].map((c) => c.kind));
      for (const kind of kinds) expect(kind).toBe('unchanged');
      for (const issue of d.issues) expect(issue.kind).toBe(issue.older?.status === 'resolved' ? 'still-resolved' : 'persisting');
      for (const issue of d.issues) expect(issue.match?.kind).toBe('exact');
      expect(d.sections).toEqual([]);
      expect(['unchanged', 'absent']).toContain(d.verdict.kind);
      expect(d.summary.uncertain).toBe(0);
    }
  });

  it('mirrors new and dropped facts when the reports swap', () => {
    fc.assert(
      fc.property(fc.nat(reports.length - 1), fc.nat(reports.length - 1), (i, j) => {
        const a = reports[i];
        const b = reports[j];
        if (!a || !b) return;
        const forward = diff(a, b).summary;
        const back = diff(b, a);
        const backward = back.summary;
        // a metric the other report restates as a range is judged against the range, not dropped
        const restated = back.metrics.filter((m) => m.match?.kind === 'restated').length;
        expect(forward.metrics.new).toBe(backward.metrics.dropped + backward.metrics['not-reported'] + restated);
        expect(forward.risks.new).toBe(backward.risks.retired + backward.risks['not-reported']);
        expect(forward.sections.added).toBe(backward.sections.removed);
      }),
      { numRuns: 60 },
    );
  });

  it('keeps every comment within its limit', () => {
    fc.assert(
      fc.property(fc.nat(reports.length - 1), fc.nat(reports.length - 1), fc.integer({ min: 1_500, max: 65_000 }), (i, j, limit) => {
        const a = reports[i];
        const b = reports[j];
        if (!a || !b) return;
        expect(renderDiffMarkdown(diff(a, b), { limit }).length).toBeLessThanOrEqual(limit);
      }),
      { numRuns: 60 },
    );
  });
});
