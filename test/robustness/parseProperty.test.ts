import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/parse/parse.js';
import { markdownToHtml } from '../../src/render/markdown/markdownToHtml.js';
import { PATHOLOGICAL } from './pathologicalInputs.js';

/**
 * parse never throws, on any string and on structured hostile ones: runs of
 * container markers, delimiters and line breaks in any mix, and the issue's
 * pathological units repeated. Each input, at these small sizes, has a time
 * budget in CPU time (the suite shares its cores): quadratic behaviour shows
 * as seconds already at a few thousand marks.
 */
const TOKENS = ['1. ', '10. ', '1) ', '- ', '* ', '+ ', '> ', '\t', '    ', ' ', '-\t', '[^a]: ', '*', '_', '**', '~~', '`', '[', ']', '](', '(', ')', '![', '<', '\\', '|', '#', '# ', '---', '\n', '\n\n', 'a', 'word ', '&amp;', 'http://x.y ', '[^a]'];
const BUDGET_MS = 2000;

const structured = fc
  .array(fc.tuple(fc.constantFrom(...TOKENS), fc.integer({ min: 1, max: 400 })), { minLength: 1, maxLength: 12 })
  .map((runs) => runs.map(([token, times]) => token.repeat(times)).join(''));
const repeatedUnit = fc
  .tuple(fc.constantFrom(...PATHOLOGICAL), fc.integer({ min: 1, max: 3000 }))
  .map(([p, count]) => p.head + p.unit.repeat(count) + p.tail);

function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

function withinBudget(text: string): boolean {
  const started = cpuMs();
  const report = parse(text);
  markdownToHtml(text);
  const ms = cpuMs() - started;
  expect(Array.isArray(report.diagnostics)).toBe(true);
  if (ms > BUDGET_MS) throw new Error(`took ${Math.round(ms)} ms on ${text.length} characters`);
  return true;
}

describe('parse never throws, within a time budget per input', () => {
  it('on any string', () => {
    fc.assert(fc.property(fc.string({ maxLength: 2000 }), withinBudget), { numRuns: 200 });
  });

  it('on structured runs of markers and delimiters', () => {
    fc.assert(fc.property(structured, withinBudget), { numRuns: 150 });
  }, 120_000);

  it('on the pathological units repeated up to 3000 times', () => {
    fc.assert(fc.property(repeatedUnit, withinBudget), { numRuns: 60 });
  }, 120_000);
});
