import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { joinLines, trimEndOf, trimOf, trimStartOf, withoutTrailingParens } from '../../src/util/textRuns.js';

/** The linear helpers give what the quadratic regexes they replace gave, on short strings of the characters that matter. */
const text = fc.string({ unit: fc.constantFrom('a', ' ', '\t', '\n', ':', '-', '.', '(', ')', '0', '1'), maxLength: 24 });

describe('textRuns: same result as the regexes they replace', () => {
  it('trimEndOf(x, " :") is x.replace(/[\\s:]+$/, "")', () => {
    fc.assert(fc.property(text, (x) => trimEndOf(x, ' :') === x.replace(/[\s:]+$/, '')));
  });
  it('trimEndOf(x, "0") is x.replace(/0+$/, "")', () => {
    fc.assert(fc.property(text, (x) => trimEndOf(x, '0') === x.replace(/0+$/, '')));
  });
  it('trimOf(x, "-") is x.replace(/^-+|-+$/g, "")', () => {
    fc.assert(fc.property(text, (x) => trimOf(x, '-') === x.replace(/^-+|-+$/g, '')));
  });
  it('trimEndOf(trimStartOf(x, "-."), "-") is x.replace(/^[-.]+|-+$/g, "")', () => {
    fc.assert(fc.property(text, (x) => trimEndOf(trimStartOf(x, '-.'), '-') === x.replace(/^[-.]+|-+$/g, '')));
  });
  it('withoutTrailingParens(x) is x.replace(/\\s*\\([^)]*\\)\\s*$/, "")', () => {
    fc.assert(fc.property(text, (x) => withoutTrailingParens(x) === x.replace(/\s*\([^)]*\)\s*$/, '')));
    expect(withoutTrailingParens('None (as of week 3)')).toBe('None');
  });
  it('joinLines(x, " ") is x.replace(/\\s*\\n\\s*/g, " ")', () => {
    fc.assert(fc.property(text, (x) => joinLines(x, ' ') === x.replace(/\s*\n\s*/g, ' ')));
  });
  it('each takes milliseconds on 200,000 spaces', () => {
    const long = `a${' '.repeat(200_000)}x`;
    const started = performance.now();
    trimEndOf(long, ' :');
    withoutTrailingParens(`(${long}`);
    joinLines(long, ' ');
    expect(performance.now() - started).toBeLessThan(500);
  });
});
