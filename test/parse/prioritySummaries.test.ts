import { describe, expect, it } from 'vitest';
import { parse } from '../../src/parse/parse.js';

/**
 * A summary line ranking problems by category ("High Priority: god objects,
 * parameter coupling violations", the form of corpus
 * COMPREHENSIVE-ANALYSIS-REPORT L17-19) gives its severity to the issues of
 * those categories that state none: by their title or by a heading above them.
 */
const report = parse(
  [
    '# Codebase Scan', //                                                 L1
    '',
    '## Summary', //                                                        L3
    '',
    '- 🔴 **Critical Issues:** Hardcoded paths, configuration coupling', // L5
    '- 🟡 **High Priority:** God objects, parameter coupling violations', // L6
    '- 🟢 **Medium Priority:** Magic literals',
    '',
    '## Violations by Category', //                                         L9
    '',
    '### 1. **Parameter Coupling Violations**', //                          L11
    '- **Pattern:** Functions with more than 3 parameters',
    '',
    '### 2. **Magic Literals**', //                                         L14
    '- **Severity:** Low',
    '- **Count:** ~50 in the sample',
    '',
    '## God Objects Detected', //                                           L18
    '',
    '### Findings', //                                                      L20
    '',
    '1. **UnifiedAnalyzer** - central orchestrator', //                      L22
    '2. **CacheProfiler** - performance monitoring', //                      L23
    '',
    '## Other Problems', //                                                 L25
    '',
    '- **Flaky CI job** - fails one run in ten', //                          L27
    '',
  ].join('\n'),
  { path: 'scan.md' },
);
const severityAt = (line: number) => report.issues.find((i) => i.position.line === line)?.severity;

describe('priority summaries', () => {
  it('give their severity to the issues of the categories they name, by title or by a heading above them', () => {
    expect(severityAt(11)).toBe('high');
    expect(severityAt(22)).toBe('high');
    expect(severityAt(23)).toBe('high');
  });

  it('keep a severity an issue states, and leave issues of categories they do not name alone', () => {
    // L15 states Low: the summary's Medium does not replace it
    expect(severityAt(14)).toBe('low');
    expect(severityAt(27)).toBe('unknown');
  });

  it('are no issues themselves', () => {
    expect(report.issues.filter((i) => i.position.line <= 7)).toEqual([]);
  });
});
