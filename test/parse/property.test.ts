import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateReport } from '../../src/model/validateReport.js';
import { parse } from '../../src/parse/parse.js';
import { corpusFiles, corpusText, seedText } from '../helpers/paths.js';

/** Markdown-ish fragments that exercise the parser's extractors, mixed with noise. */
const fragment = fc.constantFrom(
  '# ', '## ', '### ', '- ', '1. ', '> ', '**', '*', '`', '|', '---', '\n', '\n\n', '  ', '\t', ':', '%', '~', '>', '<', '->', '→',
  '✅', '❌', '⚠️', '🔄', '🔴', '[x] ', '[ ] ', '[OK]', '[U+1F6A8]', 'Status', 'Risk', 'High', 'Gate', 'Target', '95', '0.3', '(FIXED)',
  'Phase 6', '```', '<script>', '\r\n', '\uFEFF', '\u0000', '\uD800', '\\',
);
const markdownish = fc.array(fc.oneof(fragment, fc.string({ maxLength: 8 })), { maxLength: 120 }).map((parts) => parts.join(''));

function parsesCleanly(text: string): void {
  const report = parse(text);
  const result = validateReport(report);
  if (!result.ok) throw new Error(`invalid model: ${result.problems.slice(0, 3).join('; ')}`);
}

describe('the parser never throws and always returns a valid model', () => {
  it('on arbitrary strings', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 400 }), parsesCleanly), { numRuns: 300 });
  });

  it('on markdown-like fragments', () => {
    fc.assert(fc.property(markdownish, parsesCleanly), { numRuns: 300 });
  });

  it('on randomly mutated corpus files', () => {
    const texts = [seedText(), ...corpusFiles().slice(0, 8).map(corpusText)];
    const mutation = fc.record({
      file: fc.nat({ max: texts.length - 1 }),
      edits: fc.array(fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), cut: fc.nat({ max: 40 }), insert: markdownish }), { minLength: 1, maxLength: 6 }),
    });
    fc.assert(
      fc.property(mutation, ({ file, edits }) => {
        let text = texts[file] ?? '';
        for (const edit of edits) {
          const at = Math.floor(edit.at * text.length);
          text = text.slice(0, at) + edit.insert + text.slice(at + edit.cut);
        }
        parsesCleanly(text);
      }),
      { numRuns: 60 },
    );
  });

  it('is deterministic', () => {
    const text = seedText();
    expect(JSON.stringify(parse(text))).toBe(JSON.stringify(parse(text)));
  });
});
