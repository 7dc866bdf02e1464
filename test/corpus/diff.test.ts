/**
 * The diff on a real sequence of the corpus (read from ../shared/corpus, never
 * copied): the phase 6 initial assessment, then the phase 6 final report.
 */
import { describe, expect, it } from 'vitest';
import { diff, renderDiffMarkdown } from '../../src/diff/index.js';
import { PhaseDiff } from '../../src/model/diffSchema.js';
import { parse } from '../../src/parse/parse.js';
import { corpusText } from '../helpers/paths.js';

const INITIAL = 'artifacts_phase6-orchestration-initial-assessment.md';
const FINAL = 'artifacts_phase6-orchestration-final.md';
const older = parse(corpusText(INITIAL), { path: INITIAL });
const newer = parse(corpusText(FINAL), { path: FINAL });
const result = diff(older, newer);
const line = (n: number) => expect.objectContaining({ line: n });

describe('diff: phase 6 initial assessment -> final report', () => {
  it('resolves the API_TIMEOUT_SECONDS import issue against "✅ API_TIMEOUT_SECONDS: Fixed"', () => {
    const change = result.issues.find((c) => c.older?.title === 'Import Dependencies');
    expect(change).toMatchObject({ kind: 'resolved', newer: { title: 'API_TIMEOUT_SECONDS', status: 'resolved' }, match: { kind: 'similar' } });
    expect(change?.lines).toEqual({ older: line(36), newer: line(22) });
  });

  it('keeps the integration failures persisting, as a group and one by one', () => {
    const group = result.issues.find((c) => c.members.length > 0);
    expect(group).toMatchObject({ kind: 'persisting', title: 'Integration Failures', older: { title: 'Integration Failures (12 Critical)', status: 'open' } });
    expect(group?.lines).toEqual({ older: line(41), newer: line(45) });
    const budget = result.issues.find((c) => c.older?.title === 'Performance Budget');
    expect(budget).toMatchObject({ kind: 'persisting', match: { kind: 'exact' }, lines: { older: line(44), newer: line(46) } });
  });

  it('does not call an issue resolved because the final report is silent about it', () => {
    const environment = result.issues.find((c) => c.older?.title === 'Test Environment');
    expect(environment).toMatchObject({ kind: 'dropped', newer: null, match: null });
  });

  it('changes the risk lists: retired, new and unchanged risks with their lines', () => {
    const byKind = (kind: string) => result.risks.filter((r) => r.kind === kind).map((r) => r.title);
    expect(byKind('retired')).toEqual(['Test Infrastructure', 'Monitoring', 'Code Quality']);
    expect(byKind('new')).toEqual(['Container Orchestration', 'Integration Test Failures', 'Cross-framework integration complexity', 'NASA compliance (stable)']);
    const phase3 = result.risks.find((r) => r.title === 'Phase 3 Integration');
    expect(phase3).toMatchObject({ kind: 'unchanged', match: { kind: 'exact' }, lines: { older: line(65), newer: line(123) } });
    const budget = result.risks.find((r) => r.older?.title === 'Performance Compliance');
    expect(budget?.match?.kind).toBe('uncertain');
  });

  it('sees the GO verdict appear (the last recommendation, line 206) and the status change', () => {
    expect(result.verdict).toEqual({ kind: 'appeared', direction: null, older: null, newer: { value: 'AUTHORIZE IMMEDIATE AGENT DEPLOYMENT', decision: 'go' }, lines: { newer: line(206) } });
    expect(result.status).toMatchObject({ kind: 'changed', older: 'Assessment Complete', newer: 'COORDINATION COMPLETE', lines: { older: line(5), newer: line(5) } });
  });

  it('cites a source line for every change and validates against the schema', () => {
    const all = [...result.metrics, ...result.gates, ...result.issues, ...result.risks, ...result.actions, ...result.sections];
    for (const change of all) expect(change.lines.older ?? change.lines.newer).toBeDefined();
    expect(PhaseDiff.parse(result)).toEqual(result);
    expect(JSON.stringify(diff(older, newer))).toBe(JSON.stringify(result));
  });

  it('writes a pull-request comment with the verdict and the resolved issue', () => {
    const md = renderDiffMarkdown(result);
    expect(md.length).toBeLessThan(65_000);
    expect(md).toContain('**Verdict:** none → AUTHORIZE IMMEDIATE AGENT DEPLOYMENT (GO)');
    expect(md).toContain('| Resolved | Import Dependencies → API_TIMEOUT_SECONDS | blocking → unknown | open → resolved | L36 → L22 |');
    expect(md).toContain('| Persisting | Integration Failures (12 Critical) \\[group of 5\\] → Integration Failures | critical | open | L41 → L45 |');
  });
});
