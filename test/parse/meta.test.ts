import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/parse/parse.js';
import { parseDate } from '../../src/parse/text/parseDate.js';
import { repoRoot } from '../helpers/paths.js';

describe('meta in other forms', () => {
  it('reads `**Key:** value`, ALL-CAPS keys and any author role', () => {
    const { meta } = parse('# PHASE 4.10 AUDIT\n\n**Audit Date:** September 18, 2025, 23:45 UTC  \n**Auditor:** Jane Roe  \nSTATUS: FAILED\n\n## Findings\n');
    expect(meta.phase).toMatchObject({ label: '4.10', number: 4.1 });
    expect(meta.generated?.iso).toBe('2025-09-18T23:45:00Z');
    expect(meta.author).toMatchObject({ name: 'Jane Roe', role: 'Auditor' });
    expect(meta.status?.value).toBe('FAILED');
  });

  it('reads metadata at the start of the first section and from front matter', () => {
    const fm = parse('---\ntitle: Release Review\nphase: 3\nauthor: qa-team\n---\n\n## Summary\n\nText.\n');
    expect(fm.meta.title?.value).toBe('Release Review');
    expect(fm.meta.phase?.number).toBe(3);
    expect(fm.meta.author?.name).toBe('qa-team');
    const body = parse('# Report\n\n## Executive Summary\n\n**Date**: 2025-01-15\n**Reviewer**: ops\n\nAll good.\n');
    expect(body.meta.fields.map((f) => f.placement)).toEqual(['body', 'body']);
    expect(body.meta.author?.role).toBe('Reviewer');
  });

  it('does not take prose or bullet facts in the body for metadata', () => {
    const { meta } = parse('# R\n\n## Status\n\nThe status: fine.\n\n- **Python Tests**: missing\n\n## End\n\nBye.\n');
    expect(meta.fields).toEqual([]);
  });
});

describe('parseDate', () => {
  it.each([
    ['2025-09-27T04:14:00Z', '2025-09-27T04:14:00Z'],
    ['2025-09-26T16:00:00-04:00', '2025-09-26T20:00:00Z'],
    ['2025-09-18T12:02:05.174958', '2025-09-18T12:02:05.174'],
    ['2025-09-23', '2025-09-23'],
    ['December 24, 2024', '2024-12-24'],
    ['September 26, 2025, 23:45 UTC', '2025-09-26T23:45:00Z'],
    ['26 Sep 2025', '2025-09-26'],
    ['___________', null],
    ['2025-13-40', null],
  ])('%s -> %s', (raw, iso) => {
    expect(parseDate(raw)).toBe(iso);
  });
});

describe('meta fallbacks seen in the corpus', () => {
  it('takes the phase from the title when the Phase field holds no number', () => {
    const { meta } = parse('# Phase 6 Final Report\n\n**Phase**: Ready for Agent Deployment\n');
    expect(meta.phase).toMatchObject({ label: '6', position: { line: 1 } });
  });

  it('reads emphasised sign-off lines at the end of a report', () => {
    const { meta } = parse('# Audit\n\n## Findings\n\nAll fixed.\n\n---\n\n*Report Generated: 2025-01-27*\n*Audit Type: Final*\n');
    expect(meta.generated).toMatchObject({ raw: '2025-01-27', iso: '2025-01-27', position: { line: 9 } });
    expect(meta.fields.map((f) => [f.key, f.placement])).toEqual([
      ['Report Generated', 'footer'],
      ['Audit Type', 'footer'],
    ]);
  });
});

describe('summary key/values, sign-off and subtitle (fixtures/cases/summary-signoff)', () => {
  const { meta } = parse(readFileSync(join(repoRoot, 'fixtures', 'cases', 'summary-signoff', 'input.md'), 'utf8'));
  const at = (placement: string) => meta.fields.filter((f) => f.placement === placement).map((f) => [f.position.line, f.key, f.value]);

  it('reads the H2 right under the title as the subtitle, and the lines under it as the header', () => {
    expect(meta.subtitle).toEqual({ value: 'Incremental Reindex and Query Latency Results', position: { line: 2, column: 1 } });
    expect(at('header')).toEqual([[3, 'Validator', 'Search Validation Agent'], [4, 'Date', '2026-02-11']]);
  });

  it('reads the executive summary\'s key/values, a marker before a bold key, and a Label: value heading', () => {
    expect(at('body')).toEqual([
      [8, 'OVERALL SCORE', '82/100'], // **OVERALL SCORE:** 82/100
      [9, 'Critical Issues', 'NONE'],
      [10, 'Index Freshness', 'under 5 minutes'], // - ✅ **Index Freshness:** under 5 minutes
      [11, 'Query Latency', 'p95 at 310ms (target 250ms)'],
      [13, 'Readiness Status', 'GOOD'], // ### 🎯 Readiness Status: GOOD
    ]);
  });

  it('reads the sign-off of the last section before the machine footer: its opening, its recommendation and a line of piped pairs', () => {
    expect(at('footer')).toEqual([
      [25, 'VALIDATION STATUS', 'CONDITIONALLY PASSED ✅'], // **VALIDATION STATUS: CONDITIONALLY PASSED** ✅
      [29, 'Recommendation', 'PROCEED WITH CAUTION'],
      [33, 'Validated By', 'Search Validation Agent'], // *Validated By: ... | Run: ... | Confidence: 88%*
      [33, 'Run', '2026-02-11'],
      [33, 'Confidence', '88%'],
    ]);
    expect(meta.fields.some((f) => f.value === 'OK' || f.key === 'status')).toBe(false); // the run log and receipt are the machine's
  });

  it('takes no subtitle from a section heading or a status headline', () => {
    expect(parse('# Audit\n## Executive Summary: FAILURES PERSIST\n\nText.\n').meta.subtitle).toBeNull();
    expect(parse('# Audit\n## Overview\n\nText.\n').meta.subtitle).toBeNull();
    expect(parse('# Audit\n**CRITICAL THEATER ANALYSIS**\n\n## Findings\n').meta.subtitle).toMatchObject({ value: 'CRITICAL THEATER ANALYSIS', position: { line: 2 } });
  });

  it('a key heading that names an item ("### Gate 2: Security") is no key/value', () => {
    expect(parse('# R\n\n## Executive Summary\n\nText.\n\n### Gate 2: Security\n\n### Readiness: HIGH\n').meta.fields.map((f) => f.key)).toEqual(['Readiness']);
  });
});
