import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lint } from '../../src/lint/lint.js';
import { parse } from '../../src/parse/parse.js';

/** Pieces of report text that the rules react to, shuffled into arbitrary documents. */
const PIECES = [
  '# Phase 3 Report\n', '**Generated**: 2025-10-02\n', '**Next Update**: 2025-09-01\n', '**Status**: Complete\n',
  '### Failures (12 Critical)\n', '1. **A**: b\n', '- item\n', 'Found 3 gaps:\n', '7/9 checks passing (85%)\n',
  '15 alerts (3 critical, 5 high)\n', '| Metric | Target | Current | Status |\n|---|---|---|---|\n| Coverage | >90% | 80% | ✅ PASS |\n',
  '**Recommendation**: NO-GO\n', '## Final Verdict: GO\n', '## Open Issues\n', '(RESOLVED)\n', '\n', '> quote\n', '```\ncode\n```\n',
];

describe('lint on arbitrary input', () => {
  it('never throws, and every cited line exists in the input', () => {
    fc.assert(fc.property(fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string()), { maxLength: 40 }), (parts) => {
      const text = parts.join('');
      const lines = text.split(/\r\n|\r|\n/).length;
      for (const finding of lint(parse(text))) {
        for (const c of finding.citations) {
          expect(c.position.line).toBeGreaterThanOrEqual(1);
          expect(c.position.line).toBeLessThanOrEqual(lines);
        }
      }
    }), { numRuns: 300 });
  });

  it('stays fast on a pathological line (one 200,000-character word before a parenthesis)', () => {
    const text = `# R\n\n## S\n\n15 ${'a'.repeat(200_000)} (3 x, 4 y)\n\n7/${'9'.repeat(50_000)} checks passing (85%)\n`;
    const report = parse(text);
    const start = performance.now();
    lint(report);
    expect(performance.now() - start).toBeLessThan(2000);
  });
});
