import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint } from '../../src/lint/lint.js';
import { LINT_RULES } from '../../src/lint/rules/index.js';
import { statedVerdicts } from '../../src/lint/statedVerdicts.js';
import { parse } from '../../src/parse/parse.js';
import { repoRoot } from '../helpers/paths.js';

function lintFixture(rule: string, file: 'trigger.md' | 'clean.md') {
  const path = join(repoRoot, 'fixtures', 'lint', rule, file);
  return lint(parse(readFileSync(path, 'utf8'), { path })).filter((f) => f.ruleId === rule);
}

/**
 * Each rule's trigger fixture, with the findings a human read off the file:
 * the line reported and every line cited (both sides of the contradiction).
 */
const EXPECTED: Record<string, Array<{ line: number; cited: number[]; says: RegExp }>> = {
  // line 8 "### Blocking Defects (5 Critical)" over items 9-11, restated on line 20;
  // line 15 "Found 4 open gaps:" over the two items on 16-17
  'count-mismatch': [
    { line: 8, cited: [8, 9, 10, 11, 20], says: /states 5 but 3 items/ },
    { line: 15, cited: [15, 16, 17], says: /states 4 but 2 items/ },
  ],
  // row 9: coverage 78% against >=85% marked ✅ PASS; line 13: error rate 2.4% against <1% marked ✅ MET
  'claimed-pass': [
    { line: 9, cited: [9], says: /"Test Coverage".*78% against a target of >=85%/ },
    { line: 13, cited: [13], says: /"Error Rate".*2\.4%/ },
  ],
  // status line 4 and the GO on line 14, against blocking issues on 7-8 and the unmet gate on 11
  'verdict-vs-evidence': [
    { line: 4, cited: [4, 7, 8, 11], says: /"Migration Complete - Ready for Cutover".*2 open blocking\/critical issues and 1 unmet gate/ },
    { line: 14, cited: [14, 7, 8, 11], says: /"GO" is claimed/ },
  ],
  // CONDITIONAL GO on line 4, NO-GO on lines 9 and 14
  'conflicting-verdicts': [{ line: 4, cited: [4, 9, 14], says: /conditional \(line 4\) vs no-go \(line 9, 14\)/ }],
  // Test Success Rate 88% in the summary (line 7), 81% in the table (line 13)
  'metric-value-conflict': [{ line: 7, cited: [7, 13], says: /"Test Success Rate".*88%, 81%/ }],
  // line 6: 7/9 is 77.8% not 85%; line 8: 3+5+4 = 12 not 15; line 11: coverage 104%;
  // line 7: 12 of 10 dashboards cannot be complete
  arithmetic: [
    { line: 6, cited: [6], says: /7\/9 is 77\.8%, not 85%/ },
    { line: 7, cited: [7], says: /12 of 10 cannot pass/ },
    { line: 8, cited: [8], says: /add up to 12, not 15/ },
    { line: 11, cited: [11], says: /"Alert Coverage" is 104%/ },
  ],
  // signed off (line 5) before generated (3) and before the start (4); next update (6) before generated (3)
  'dates-out-of-order': [
    { line: 5, cited: [5, 3], says: /sign-off is before the report was generated/ },
    { line: 5, cited: [5, 4], says: /sign-off is before the start/ },
    { line: 6, cited: [6, 3], says: /next update is before the report was generated \(2025-10-13 < 2025-10-20\)/ },
  ],
  // open on line 6, resolved on line 10
  'issue-status-conflict': [{ line: 6, cited: [6, 10], says: /"Webhook Signature Bypass" is listed as open here and as resolved on line 10/ }],
};

describe('lint rules', () => {
  it('every rule is data: a kebab-case id, a severity, a description, and a fixture pair', () => {
    expect(LINT_RULES.map((r) => r.id).sort()).toEqual(Object.keys(EXPECTED).sort());
    for (const rule of LINT_RULES) {
      expect(rule.id).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(['error', 'warning', 'info']).toContain(rule.severity);
      expect(rule.description.length).toBeGreaterThan(20);
    }
  });

  for (const [rule, expected] of Object.entries(EXPECTED)) {
    it(`${rule}: fires on its trigger fixture, citing every line involved`, () => {
      const found = lintFixture(rule, 'trigger.md');
      expect(found.map((f) => ({ line: f.position.line, cited: f.citations.map((c) => c.position.line) }))).toEqual(
        expected.map(({ line, cited }) => ({ line, cited })),
      );
      found.forEach((f, i) => expect(f.message).toMatch(expected[i]?.says ?? /^$/));
    });

    it(`${rule}: stays silent on its clean fixture`, () => {
      expect(lintFixture(rule, 'clean.md')).toEqual([]);
    });
  }
});

describe('statedVerdicts', () => {
  const path = join(repoRoot, 'fixtures', 'lint', 'conflicting-verdicts', 'trigger.md');
  const report = parse(readFileSync(path, 'utf8'), { path });

  it('scans the verdict lines of a schema-v1 report: CONDITIONAL GO on line 4, NO-GO on lines 9 and 14', () => {
    expect(statedVerdicts(report).map((v) => [v.position.line, v.decision])).toEqual([[4, 'conditional'], [9, 'no-go'], [14, 'no-go']]);
  });

  it('uses report.verdicts instead when the model carries it (schema v2), leaving unknown decisions out', () => {
    const v2 = {
      ...report,
      verdicts: [
        { value: 'NO-GO', decision: 'no-go', text: 'NO-GO', position: { line: 9, column: 1 } },
        { value: 'TBD', decision: 'unknown', text: 'TBD', position: { line: 7, column: 1 } },
        { value: 'GO', decision: 'go', text: 'GO', position: { line: 2, column: 1 } },
      ],
    };
    expect(statedVerdicts(v2).map((v) => [v.position.line, v.decision])).toEqual([[2, 'go'], [9, 'no-go']]);
    expect(lint(v2).filter((f) => f.ruleId === 'conflicting-verdicts').map((f) => f.citations.map((c) => c.position.line))).toEqual([[2, 9]]);
  });
});
