import { describe, expect, it } from 'vitest';
import { parse } from '../../src/parse/parse.js';

/**
 * A JSON summary object in a json fence (the form of corpus
 * PRODUCTION-VALIDATION-FINAL L144-151: `"theater_score": 25/100`, `"target":
 * "<=40"`, `"status": "PASS"`, JSON as reports write it, not always valid):
 * its top-level entries with a quantity are metrics, its target and status
 * belong to the first; nested objects and other fences are not read.
 */
const report = parse(
  [
    '# Validation', //                                 L1
    '',
    '## Theater Detection', //                         L3
    '',
    '```json', //                                      L5
    '{',
    '  "theater_score": 25/100,', //                   L7
    '  "target": "<=40",',
    '  "status": "PASS",',
    '  "totalViolations": 7,', //                      L10
    '  "scanner": "v2",',
    '  "by_severity": {',
    '    "critical": 0,', //                           L13: nested, not read
    '    "high": 2',
    '  }',
    '}',
    '```',
    '',
    '```js',
    'const retries = { "max_retries": 3 };',
    '```',
    '',
  ].join('\n'),
  { path: 'validation.md' },
);

describe('JSON summaries', () => {
  it('reads the top-level entries with a quantity as metrics, named by their keys in words', () => {
    expect(report.metrics.map((m) => [m.position.line, m.name, m.current?.raw])).toEqual([
      [7, 'Theater Score', '25/100'],
      [10, 'Total Violations', '7'],
    ]);
  });

  it('gives the object target and status to its first metric', () => {
    expect(report.metrics[0]).toMatchObject({ target: { comparator: '<=', value: 40 }, status: 'PASS', mark: 'done' });
    expect(report.metrics[1]).toMatchObject({ target: null, status: null });
  });
});
