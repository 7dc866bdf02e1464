import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/parse/parse.js';
import { readDecision } from '../../src/parse/text/readDecision.js';
import { repoRoot } from '../helpers/paths.js';

const fixture = (name: string) => parse(readFileSync(join(repoRoot, 'fixtures', 'cases', name, 'input.md'), 'utf8'));
const decide = (text: string, accept: 'decision' | 'state' = 'state') => readDecision(text, accept).decision;

describe('readDecision: the polarity lexicon', () => {
  it('maps decision phrases to decisions', () => {
    const phrases = ['GO', 'NO-GO', 'no go', 'CONDITIONAL GO', 'GO WITH CAUTION', 'DO NOT DEPLOY', 'STOP WORK ORDER', 'FAILED', 'APPROVED', 'PRODUCTION READY', 'NOT READY', '_ **HOLD UNTIL FIXED**', 'GOOD PROGRESS'];
    expect(phrases.map((p) => decide(p))).toEqual(['go', 'no-go', 'no-go', 'conditional', 'conditional', 'no-go', 'no-go', 'no-go', 'go', 'go', 'no-go', 'no-go', 'unknown']);
  });

  it('reads the issue\'s open wording: rebuild, halt, pause, blocked, a confirmed problem, ready with conditions', () => {
    const phrases = ['REBUILD REQUIRED', 'COMPLETE REBUILD RECOMMENDED', 'HALT DEPLOYMENT', 'PAUSE DEPLOYMENT', 'BLOCKED', 'THEATER CONFIRMED', 'READY WITH CONDITIONS', 'NOT PRODUCTION READY'];
    expect(phrases.map((p) => decide(p))).toEqual(['no-go', 'no-go', 'no-go', 'no-go', 'no-go', 'no-go', 'conditional', 'no-go']);
  });

  it('reads a failure written after its subject: "❌ PHASE 5 REMEDIATION FAILED"', () => {
    expect(readDecision('❌ **PHASE 5 REMEDIATION FAILED**', 'state')).toEqual({ value: 'PHASE 5 REMEDIATION FAILED', decision: 'no-go', termAt: 3, words: 4 });
  });

  it('an action that decides nothing about release is unknown, never GO', () => {
    expect(['Deploy the remediation team', 'DEPLOY REMEDIATION TEAM IMMEDIATELY', 'Focus on test coverage'].map((p) => decide(p))).toEqual(['unknown', 'unknown', 'unknown']);
    expect(['DEPLOY', 'Deploy to production', 'DEPLOY WITH CONFIDENCE', 'deploy the release now'].map((p) => decide(p))).toEqual(['go', 'go', 'go', 'go']);
  });

  it('negation: a negated go is no-go, a negated failure decides nothing', () => {
    expect(['NOT APPROVED', 'DEPLOYMENT NOT RECOMMENDED', 'ZERO FAILURES', 'NO THEATER CONFIRMED'].map((p) => decide(p))).toEqual(['no-go', 'no-go', 'unknown', 'unknown']);
  });

  it('on a status line only an order or decision counts: READY and FAILED are states', () => {
    expect(['PRODUCTION READY', 'FAILED', 'CONDITIONAL GO - issues open', 'PRODUCTION READY - DEPLOYMENT APPROVED'].map((p) => decide(p, 'decision'))).toEqual(['unknown', 'unknown', 'conditional', 'go']);
  });

  it('reads no decision from "GO/NO-GO", which names the decision to make', () => {
    const phrases = ['Go/No-Go Recommendation', 'GO / NO-GO DECISION', 'go/no go', 'GO/NOGO', 'GO - ship it'];
    expect(phrases.map((p) => decide(p))).toEqual(['unknown', 'unknown', 'unknown', 'unknown', 'go']);
  });

  it('keeps the first clause as the value', () => {
    expect(readDecision('[WARN] CONDITIONAL GO - CRITICAL ISSUES IDENTIFIED', 'decision').value).toBe('CONDITIONAL GO');
    expect(readDecision('**HIGH** (critical blockers present)', 'state').value).toBe('HIGH');
  });
});

describe('verdict statements', () => {
  it('lists every decision stated, the projection and the plain action aside (fixtures/cases/verdict-statements)', () => {
    const report = fixture('verdict-statements');
    expect(report.verdicts.map((v) => [v.position.line, v.key, v.value, v.decision])).toEqual([
      [4, 'Status', 'CONDITIONAL GO', 'conditional'], // **Status**: [WARN] CONDITIONAL GO - reconciliation drift open
      [8, 'Overall Assessment', 'THEATER CONFIRMED', 'no-go'], // ### Overall Assessment: **THEATER CONFIRMED** ❌
      [22, null, 'FULL REBUILD REQUIRED', 'no-go'], // **FULL REBUILD REQUIRED** under ### Strategic Recommendation:
      [24, 'Recommendation', 'DEPLOY THE REMEDIATION TEAM THIS WEEK', 'unknown'], // an action, not a release decision
      [30, 'FINAL VERDICT', 'PHASE 4 LEDGER MIGRATION FAILED', 'no-go'], // ## FINAL VERDICT: ❌ PHASE 4 LEDGER MIGRATION FAILED
      [32, 'Deployment', 'PAUSE DEPLOYMENT UNTIL THE REBUILD LANDS', 'no-go'], // **Deployment**: PAUSE DEPLOYMENT ...
      [42, 'Release Status', 'HALT', 'no-go'], // *Release Status: HALT - no release this cycle* (sign-off after the steps)
    ]);
    // "**Recommendation**: GO for the pilot tenants" (line 28) stands under "### After Rebuild (Projected)": a projection
    expect(report.verdict).toMatchObject({ value: 'PHASE 4 LEDGER MIGRATION FAILED', decision: 'no-go', position: { line: 30, column: 1 }, conflict: true });
  });

  it('keeps the last verdict of the highest authority and flags the conflict (fixtures/cases/verdict-conflict)', () => {
    const report = fixture('verdict-conflict');
    expect(report.verdicts.map((v) => [v.position.line, v.decision])).toEqual([[3, 'go'], [15, 'no-go']]);
    expect(report.verdict).toEqual({ value: 'NO-GO UNTIL BOTH REGRESSIONS ARE FIXED', decision: 'no-go', key: 'VERDICT', text: 'VERDICT: NO-GO until both regressions are fixed', position: { line: 15, column: 1 }, conflict: true });
    expect(report.diagnostics.map((d) => [d.ruleId, d.severity, d.position.line])).toEqual([['verdict-conflict', 'warning', 15]]);
  });

  it('a plain "## Go/No-Go Recommendation" heading is no GO: NO-GO below it, no conflict (fixtures/cases/go-no-go-heading)', () => {
    const report = fixture('go-no-go-heading');
    expect(report.verdict).toEqual({ value: 'NO-GO', decision: 'no-go', key: 'Recommendation', text: 'Recommendation: NO-GO', position: { line: 9, column: 1 }, conflict: false });
    expect(report.diagnostics.filter((d) => d.ruleId === 'verdict-conflict')).toEqual([]);
  });

  it('a draft\'s open slot ("**Recommendation**: _to decide_") states no verdict', () => {
    expect(parse('# Draft\n\n## Go/No-Go Recommendation\n\n**Recommendation**: _to decide_\n').verdicts).toEqual([]);
  });
});
