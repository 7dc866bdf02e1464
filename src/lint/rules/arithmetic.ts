import { numberOf } from '../../model/quantityValue.js';
import type { Report } from '../../model/types.js';
import { BOUNDED_PERCENT, NOT_A_PART, PARTS_OF_TOTAL, PASS_WORDS, RATIO_PERCENT, RATIO_WORDS, percentTolerance } from '../policy/arithmetic.js';
import { reportLines, type SourceLine } from '../sourceLines.js';
import type { LintRule, RuleFinding } from '../types.js';

const number = (s: string | undefined) => Number((s ?? '').replace(/,/g, ''));

function ratioFindings(l: SourceLine): RuleFinding[] {
  const found: RuleFinding[] = [];
  const text = l.text.replace(/[*_`]/g, '');
  for (const m of text.matchAll(RATIO_PERCENT)) {
    const [a, b, p] = [number(m[1]), number(m[2]), number(m[5])];
    const position = { line: l.line, column: (m.index ?? 0) + 1 };
    if (b === 0 || a > b) continue;
    const computed = (100 * a) / b;
    if (Math.abs(computed - p) <= percentTolerance(m[5] ?? '', m[4] !== undefined) + 1e-9) continue;
    found.push({
      message: `"${m[0].trim()}": ${a}/${b} is ${computed.toFixed(1)}%, not ${m[5]}%`,
      citations: [{ position, note: `${a}/${b} = ${computed.toFixed(1)}%, states ${m[5]}%` }],
    });
  }
  for (const m of text.matchAll(RATIO_WORDS)) {
    const [a, b] = [number(m[1]), number(m[2])];
    if (a <= b || !PASS_WORDS.test(m[3] ?? '')) continue;
    found.push({ message: `"${m[0].trim()}": ${a} of ${b} cannot pass`, citations: [{ position: { line: l.line, column: (m.index ?? 0) + 1 }, note: `${a}/${b}` }] });
  }
  for (const m of text.matchAll(PARTS_OF_TOTAL)) {
    const parts = (m[3] ?? '').split(',').map((p) => /^(\d[\d,]*)\s+(\S+)/.exec(withoutAnd(p.trim())));
    if (parts.some((p) => !p || NOT_A_PART.test(p[2] ?? '')) || NOT_A_PART.test((m[2] ?? '').trim().split(/\s+/)[0] ?? '')) continue;
    const total = number(m[1]);
    const sum = parts.reduce((s, p) => s + number(p?.[1]), 0);
    if (sum === total) continue;
    found.push({
      message: `"${m[0].trim()}": the parts add up to ${sum}, not ${total}`,
      citations: [{ position: { line: l.line, column: (m.index ?? 0) + 1 }, note: `total ${total}, parts ${sum}` }],
    });
  }
  return found;
}

export const arithmetic: LintRule = {
  id: 'arithmetic',
  severity: 'error',
  description: 'Written-out arithmetic does not hold: a/b (p%), parts that do not add up to their stated total, a share over 100%',
  check(report: Report): RuleFinding[] {
    const found = reportLines(report).flatMap(ratioFindings);
    for (const metric of report.metrics) {
      const current = metric.current;
      const share = numberOf(current);
      if (current?.unit !== '%' || share === null || share <= 100 || !BOUNDED_PERCENT.test(metric.name)) continue;
      found.push({
        message: `Metric "${metric.name}" is ${current.raw}: a share cannot exceed 100%`,
        citations: [{ position: metric.position, note: `states ${current.raw}` }],
      });
    }
    return found;
  },
};

/** "and 3 failed" → "3 failed" (the last part of a list). */
function withoutAnd(part: string): string {
  return part.startsWith('and ') ? part.slice(4).trimStart() : part;
}
