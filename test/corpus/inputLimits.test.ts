import { describe, expect, it } from 'vitest';
import { prepareText } from '../../src/parse/prepareText.js';
import { corpusFiles, corpusText, seedText } from '../helpers/paths.js';

/**
 * The bounds of prepareText (policy/inputLimits.ts) defuse hostile input
 * only: every real report passes through unchanged, without a diagnostic.
 */
describe('input limits leave real reports alone', () => {
  const texts = [...corpusFiles().map((name) => ({ name, text: corpusText(name) })), { name: 'seed', text: seedText() }];

  it('holds the 27 corpus reports and the seed', () => {
    expect(texts).toHaveLength(28);
  });

  for (const { name, text } of texts) {
    it(name, () => {
      const prepared = prepareText(text);
      expect(prepared.diagnostics).toEqual([]);
      expect(prepared.text).toBe(text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n'));
    });
  }
});
