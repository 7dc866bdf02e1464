import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/parse/parse.js';
import { markdownish, parsesCleanly } from '../helpers/markdownish.js';
import { corpusFiles, corpusText, seedText } from '../helpers/paths.js';

describe('the parser never throws and always returns a valid model', () => {
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
