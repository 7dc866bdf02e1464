import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/parse/parse.js';
import { markdownish, parsesCleanly } from '../helpers/markdownish.js';
import { repoRoot } from '../helpers/paths.js';

describe('the parser never throws and always returns a valid model', () => {
  it('on arbitrary strings', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 400 }), parsesCleanly), { numRuns: 300 });
  });

  it('on markdown-like fragments', () => {
    fc.assert(fc.property(markdownish, parsesCleanly), { numRuns: 300 });
  });

  it('is deterministic (fixtures/cases/verdict-statements)', () => {
    const text = readFileSync(join(repoRoot, 'fixtures', 'cases', 'verdict-statements', 'input.md'), 'utf8');
    expect(JSON.stringify(parse(text))).toBe(JSON.stringify(parse(text)));
  });
});
