import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { readMarkdown } from '../../src/parse/readMarkdown.js';
import { corpusFiles, corpusText, seedText } from '../helpers/paths.js';
import { unlinked } from '../helpers/unlinked.js';

const full = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']);

describe('readMarkdown on every real report', () => {
  it('reads the same tree as the full GFM pipeline, literal autolinks aside', () => {
    const texts = [seedText(), ...corpusFiles().map(corpusText)];
    for (const text of texts) expect(unlinked(readMarkdown(text), text)).toEqual(unlinked(full.parse(text), text));
  });
});
