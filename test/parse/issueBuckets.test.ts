import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Issue } from '../../src/model/types.js';
import { parse } from '../../src/parse/parse.js';
import { readIssueStatus } from '../../src/parse/text/readIssueStatus.js';
import { readSeverity } from '../../src/parse/text/readSeverity.js';
import { repoRoot } from '../helpers/paths.js';

const fixture = parse(readFileSync(join(repoRoot, 'fixtures', 'cases', 'issue-buckets', 'input.md'), 'utf8'));
const at = (issues: readonly Issue[], line: number) => issues.find((i) => i.position.line === line);
const facts = (issues: readonly Issue[], lines: readonly number[]) =>
  lines.map((line) => { const i = at(issues, line); return i ? [line, i.title, i.severity, i.status] : [line, null]; });

describe('negated severity words (fixtures/cases/issue-buckets)', () => {
  it('reads "non-blocking", "not critical", "no longer blocking" as low, never as the word they negate', () => {
    const texts = ['Known Limitations (Non-Blocking)', 'NON-BLOCKING', 'not critical', 'Items No Longer Blocking', 'non-critical but high impact', 'Blocking Issues', 'Non-functional notes'];
    expect(texts.map(readSeverity)).toEqual(['low', 'low', 'low', 'low', 'high', 'blocking', null]);
  });

  it('items under "Open Issues (Non-Blocking)" (lines 21-22) and "Items No Longer Blocking" (line 25) are low', () => {
    expect(facts(fixture.issues, [21, 22, 25])).toEqual([
      [21, 'Locale Formatting', 'low', 'open'],
      [22, 'Slow Search', 'low', 'open'],
      [25, 'Tax Table Refresh', 'low', 'open'],
    ]);
  });

  it('"Known Limitations (Non-Blocking)" lists issues, low (line 43), not readiness criteria', () => {
    expect(facts(fixture.issues, [43])).toEqual([[43, 'Export Size', 'low', 'open']]);
    expect(fixture.criteria).toEqual([]);
  });


});

describe('status of an issue heading or its group heading', () => {
  it('reads "implemented" as resolved and "partially resolved" as in progress', () => {
    const texts = ['Production Logger Integration (IMPLEMENTED)', 'Math.random() Patterns (PARTIALLY RESOLVED)', 'Export (not implemented)', 'CRITICAL ISSUES FIXED ✅'];
    expect(texts.map((t) => readIssueStatus(t))).toEqual(['resolved', 'in-progress', 'open', 'resolved']);
  });

  it('numbered headings under "Defects Fixed ✅" (lines 7, 10, 14) are resolved issues; their how-it-was-done bullets are detail', () => {
    expect(facts(fixture.issues, [7, 10, 14]).map((f) => f[3])).toEqual(['resolved', 'resolved', 'resolved']);
    expect(facts(fixture.issues, [8, 11, 12, 15])).toEqual([[8, null], [11, null], [12, null], [15, null]]);
  });

  it('a 🔴 heading names a severity, not a status of its items (line 18)', () => {
    expect(facts(fixture.issues, [18])).toEqual([[18, 'Refund Queue', 'critical', 'open']]);
  });

});

describe('buckets stated empty', () => {
  it('"❌ **None detected**" and "None identified" name no issue, and their section is no issue either', () => {
    expect(fixture.issues.filter((i) => i.position.line >= 27 && i.position.line <= 31)).toEqual([]);
    expect(fixture.issues.map((i) => i.title)).not.toContain('Minor Issues');
  });


  it('the same phrases empty a risk bucket', () => {
    const { risks } = parse('# R\n\n## Risks\n\n### High Risks\n- ❌ **None detected**\n\n### Low Risks\n- No known risks\n- Cache warm-up is slow\n');
    expect(risks.map((r) => [r.title, r.level])).toEqual([['Cache warm-up is slow', 'low']]);
  });
});

describe('metric lines in issue sections', () => {
  it('a key line whose value is only a quantity is a metric, not an issue (lines 34-35)', () => {
    expect(facts(fixture.issues, [34, 35, 36])).toEqual([[34, null], [35, null], [36, 'Webhook Retries', 'unknown', 'open']]);
    expect(fixture.metrics.map((m) => [m.name, m.position.line])).toContainEqual(['Passing Tests', 34]);
  });

  it('a list made only of metric lines leaves its heading to name the issue (line 38)', () => {
    expect(facts(fixture.issues, [39, 40])).toEqual([[39, null], [40, null]]);
    expect(facts(fixture.issues, [38])).toEqual([[38, 'Coverage Gaps', 'unknown', 'open']]);
  });

});
