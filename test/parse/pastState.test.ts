import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint } from '../../src/index.js';
import { parse } from '../../src/parse/parse.js';
import { repoRoot } from '../helpers/paths.js';

const input = readFileSync(join(repoRoot, 'fixtures', 'cases', 'before-after', 'input.md'), 'utf8');
const issues = (text: string) => parse(text).issues.map((i) => [i.position.line, i.title, i.status]);

describe('issues under a heading scoped to the state before the fixes (fixtures/cases/before-after)', () => {
  it('are fixed when the report also states the state after (l.6 "Before Fixes", l.20 "Post-Fix Assessment")', () => {
    expect(issues(input)).toEqual([
      [11, 'Duplicate Postings', 'resolved'],
      [12, 'Clock Drift', 'resolved'],
      // l.13 says "STILL OPEN" itself: its own word wins
      [13, 'Silent Rollbacks', 'open'],
      [23, 'Silent Rollbacks', 'open'],
      [24, 'Report Latency', 'open'],
    ]);
  });

  it('stay open when nothing states the state after', () => {
    const noAfter = input.replace('## Post-Fix Assessment', '## Current Assessment');
    expect(issues(noAfter).slice(0, 2)).toEqual([
      [11, 'Duplicate Postings', 'open'],
      [12, 'Clock Drift', 'open'],
    ]);
  });

  it('are not cited against the verdict as open evidence; the one still open is', () => {
    const cited = (text: string) => lint(parse(text)).map((f) => [f.ruleId, f.citations.map((c) => c.position.line)]);
    // l.4 "**Status**: READY FOR STAGING" against l.13 "STILL OPEN"
    expect(cited(input)).toEqual([['verdict-vs-evidence', [4, 13]]]);
    expect(cited(input.replace('## Post-Fix Assessment', '## Current Assessment'))).toEqual([['verdict-vs-evidence', [4, 11, 12, 13]]]);
  });
});
