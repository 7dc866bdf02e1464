import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/parse/parse.js';
import { readVerdict } from '../../src/parse/text/readVerdict.js';
import { repoRoot } from '../helpers/paths.js';

const fixture = (name: string) => parse(readFileSync(join(repoRoot, 'fixtures', 'cases', name, 'input.md'), 'utf8'));

describe('verdict', () => {
  it('keeps the verdict of the verdict section over the header and reports the conflict (fixtures/cases/verdict-conflict)', () => {
    const report = fixture('verdict-conflict');
    expect(report.verdict).toEqual({ value: 'NO-GO', decision: 'no-go', text: 'VERDICT: NO-GO until both regressions are fixed', position: { line: 15, column: 1 } });
    expect(report.diagnostics.map((d) => [d.ruleId, d.severity, d.position.line])).toEqual([['verdict-conflict', 'warning', 15]]);
  });

  it('maps verdict phrases to decisions by the policy table', () => {
    const phrases = ['GO', 'NO-GO', 'no go', 'CONDITIONAL GO', 'GO WITH CAUTION', 'DO NOT DEPLOY', 'STOP WORK ORDER', 'FAILED', 'APPROVED', 'PRODUCTION READY', 'NOT READY', '_ **HOLD UNTIL FIXED**', 'GOOD PROGRESS'];
    expect(phrases.map((p) => readVerdict(p)?.decision ?? null)).toEqual(['go', 'no-go', 'no-go', 'conditional', 'conditional', 'no-go', 'no-go', 'no-go', 'go', 'go', 'no-go', 'no-go', null]);
  });

  it('reads no verdict from "GO/NO-GO", which names the decision to make', () => {
    const phrases = ['Go/No-Go Recommendation', 'GO / NO-GO DECISION', 'go/no go', 'GO/NOGO', 'GO - ship it'];
    expect(phrases.map((p) => readVerdict(p)?.decision ?? null)).toEqual([null, null, null, null, 'go']);
  });

  it('a plain "## Go/No-Go Recommendation" heading is no GO: NO-GO below it, no conflict (fixtures/cases/go-no-go-heading)', () => {
    const report = fixture('go-no-go-heading');
    expect(report.verdict).toEqual({ value: 'NO-GO', decision: 'no-go', text: 'Recommendation: NO-GO', position: { line: 9, column: 1 } });
    expect(report.diagnostics.filter((d) => d.ruleId === 'verdict-conflict')).toEqual([]);
  });
});
