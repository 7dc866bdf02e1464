import { describe, expect, it } from 'vitest';
import { parse } from '../../src/parse/parse.js';
import { corpusText, seedText } from '../helpers/paths.js';

describe('criteria', () => {
  it('reads the 5 deployment readiness criteria of the reference report as plain bullets (unknown)', () => {
    const { criteria } = parse(seedText());
    expect(criteria.map((c) => [c.text, c.state, c.position.line])).toEqual([
      ['All critical tests passing', 'unknown', 106],
      ['Zero blocking security issues', 'unknown', 107],
      ['Phase 3 integration validated', 'unknown', 108],
      ['Performance budgets met', 'unknown', 109],
      ['Documentation complete', 'unknown', 110],
    ]);
    expect(criteria.every((c) => c.sectionId === 'deployment-readiness-criteria')).toBe(true);
  });

  it('DEPLOYMENT-READINESS-CHECKLIST: unchecked task items of every Validation Criteria list', () => {
    const { criteria } = parse(corpusText('artifacts_DEPLOYMENT-READINESS-CHECKLIST.md'));
    expect(criteria[0]).toMatchObject({ text: '100% test pass rate (zero failures)', state: 'unchecked', position: { line: 53, column: 1 } });
    expect(new Set(criteria.map((c) => c.state))).toEqual(new Set(['unchecked']));
    expect(criteria.filter((c) => c.position.line >= 53 && c.position.line <= 57)).toHaveLength(5);
  });

  it('FINAL-PRODUCTION-AUDIT-REPORT: checked items (lines 156-162) and a [WARN] heading for its items', () => {
    const { criteria } = parse(corpusText('artifacts_FINAL-PRODUCTION-AUDIT-REPORT.md'));
    expect(criteria.filter((c) => c.state === 'checked').map((c) => c.position.line)).toEqual([156, 157, 158, 159, 160, 161, 162]);
    expect(criteria.find((c) => c.position.line === 108)).toMatchObject({ text: 'Loop Script Reality: Functional but simplified for demo purposes', state: 'warn' });
  });

  it('NASA-POT10-ITERATION2-REPORT: the Category/Status table (lines 326-330) as passing criteria', () => {
    const { criteria } = parse(corpusText('artifacts_NASA-POT10-ITERATION2-REPORT.md'));
    expect(criteria.map((c) => [c.text, c.state])).toEqual([
      ['Safety Compliance', 'pass'], ['Code Quality', 'pass'], ['Documentation', 'pass'], ['Automation', 'pass'], ['Audit Trail', 'pass'],
    ]);
  });
});
