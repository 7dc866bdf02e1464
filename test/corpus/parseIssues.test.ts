import { describe, expect, it } from 'vitest';
import { validateReport } from '../../src/model/validateReport.js';
import { parse } from '../../src/parse/parse.js';
import { corpusFiles, corpusText } from '../helpers/paths.js';

/**
 * Over every corpus report, the issue, risk, action, criterion, step and
 * verdict extractors never throw, the model validates, and ids are unique
 * within a report (they are what later reports are matched by).
 */
describe('issues, risks, actions, criteria, steps and verdict over the corpus', () => {
  for (const name of corpusFiles()) {
    it(name, () => {
      const report = parse(corpusText(name), { path: name });
      const result = validateReport(report);
      expect(result.ok ? [] : result.problems).toEqual([]);
      for (const items of [report.issues, report.risks, report.criteria, report.steps]) {
        expect(new Set(items.map((i) => i.id)).size).toBe(items.length);
      }
      expect(report.actions.every((a) => a.owner.trim() !== '')).toBe(true);
    });
  }

  it('finds something in most reports (no extractor silently went blind)', () => {
    const reports = corpusFiles().map((name) => parse(corpusText(name)));
    expect(reports.filter((r) => r.issues.length > 0).length).toBeGreaterThanOrEqual(15);
    expect(reports.filter((r) => r.risks.length > 0).length).toBeGreaterThanOrEqual(7);
    expect(reports.filter((r) => r.verdict !== null).length).toBeGreaterThanOrEqual(14);
  });
});
