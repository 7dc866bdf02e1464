import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Issue } from '../../src/model/types.js';
import { parse } from '../../src/parse/parse.js';
import { readIssueStatus } from '../../src/parse/text/readIssueStatus.js';
import { readSeverity } from '../../src/parse/text/readSeverity.js';
import { corpusText, repoRoot } from '../helpers/paths.js';

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

  it('critical-deployment-fixes-report: items 66-68 under "REMAINING NON-BLOCKING IMPROVEMENTS" (l.58) are low', () => {
    const { issues } = parse(corpusText('artifacts_critical-deployment-fixes-report.md'));
    expect(facts(issues, [66, 67, 68]).map((f) => f[2])).toEqual(['low', 'low', 'low']);
  });

  it('FINAL_REALITY_ASSESSMENT: items 200, 204, 208 under "Known Limitations (Non-Blocking)" are low issues', () => {
    const { issues } = parse(corpusText('tests_integration_FINAL_REALITY_ASSESSMENT.md'));
    expect(facts(issues, [200, 204, 208])).toEqual([
      [200, 'Unicode Output', 'low', 'open'],
      [204, 'Rate Limiting', 'low', 'open'],
      [208, 'Error Handling', 'low', 'open'],
    ]);
  });
});

describe('status of an issue heading or its group heading', () => {
  it('reads "implemented" as resolved and "partially resolved" as in progress', () => {
    const texts = ['Production Logger Integration (IMPLEMENTED)', 'Math.random() Patterns (PARTIALLY RESOLVED)', 'Export (not implemented)', 'CRITICAL ISSUES FIXED ✅'];
    expect(texts.map((t) => readIssueStatus(t))).toEqual(['resolved', 'in-progress', 'open', 'resolved']);
  });

  it('resolves items under "(RESOLVED)", "(IMPLEMENTED)" and a plain heading of the group "Defects Fixed ✅" (lines 8-15)', () => {
    expect(facts(fixture.issues, [8, 11, 12, 15]).map((f) => f[3])).toEqual(['resolved', 'resolved', 'resolved', 'resolved']);
    expect(at(fixture.issues, 11)?.category).toBe('Audit Trail Export');
  });

  it('a 🔴 heading names a severity, not a status of its items (line 18)', () => {
    expect(facts(fixture.issues, [18])).toEqual([[18, 'Refund Queue', 'critical', 'open']]);
  });

  it('critical-deployment-fixes-report: items 23-25 under "3. Production Logger Integration (IMPLEMENTED)" are resolved', () => {
    const { issues } = parse(corpusText('artifacts_critical-deployment-fixes-report.md'));
    expect(facts(issues, [23, 24, 25]).map((f) => f[3])).toEqual(['resolved', 'resolved', 'resolved']);
    expect(at(issues, 23)?.category).toBe('Production Logger Integration');
  });
});

describe('buckets stated empty', () => {
  it('"❌ **None detected**" and "None identified" name no issue, and their section is no issue either', () => {
    expect(fixture.issues.filter((i) => i.position.line >= 27 && i.position.line <= 31)).toEqual([]);
    expect(fixture.issues.map((i) => i.title)).not.toContain('Minor Issues');
  });

  it('Phase5-UI-Testing-Report: lines 183 and 186 ("- ❌ **None detected**") are no issues', () => {
    const { issues } = parse(corpusText('docs_Phase5-UI-Testing-Report.md'));
    expect(issues.filter((i) => i.position.line >= 180 && i.position.line <= 187)).toEqual([]);
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

  it('phase9-theater-audit-report: lines 241-243 are no issues, the items of line 246 on still are', () => {
    const { issues } = parse(corpusText('artifacts_phase9-theater-audit-report.md'));
    expect(facts(issues, [241, 242, 243])).toEqual([[241, null], [242, null], [243, null]]);
    expect(at(issues, 246)?.title).toBe('TestOrchestrator.ts');
  });
});
