import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateReport } from '../../src/model/validateReport.js';
import { parse } from '../../src/parse/parse.js';
import { summarize } from '../../src/summary/summarize.js';
import { corpusFiles, corpusText, repoRoot } from '../helpers/paths.js';

/**
 * Every real report of ../shared/corpus parses, validates, and matches its
 * committed golden summary (counts of metrics, gates, issues, risks per
 * level, actions, steps, criteria, and the verdict). Regenerate on purpose
 * with UPDATE=1 and review the diff against the reports' text.
 */
const goldenPath = join(repoRoot, 'test', 'parse', 'corpus.golden.json');

describe('the real corpus', () => {
  const files = corpusFiles();
  const summaries = Object.fromEntries(
    files.map((name) => {
      const report = parse(corpusText(name), { path: name });
      const validation = validateReport(report);
      return [name, { report, valid: validation.ok, summary: summarize(report) }];
    }),
  );

  it('has 27 reports', () => {
    expect(files).toHaveLength(27);
  });

  it.each(files)('%s parses into a valid model', (name) => {
    expect(summaries[name]?.valid).toBe(true);
  });

  it('matches the golden summaries', () => {
    const actual = Object.fromEntries(files.map((name) => [name, summaries[name]?.summary]));
    const text = `${JSON.stringify(actual, null, 2)}\n`;
    if (process.env.UPDATE === '1') writeFileSync(goldenPath, text);
    expect(JSON.parse(readFileSync(goldenPath, 'utf8'))).toEqual(actual);
  });
});
