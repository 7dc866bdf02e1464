import type { Root } from 'mdast';
import type { Extension } from 'mdast-util-from-markdown';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified, type Processor } from 'unified';

/**
 * Reading needs the text of a bare URL, not a link around it: remark-gfm's
 * literal-autolink transform (a find-and-replace over every text node after
 * the tree is built, ~9% of a whole markdown parse) is left out of the reading
 * pass. `mdast-util-to-string` gives the same text either way, so the model
 * does not change (test/parse/readMarkdown.test.ts); rendered HTML still links
 * URLs (render/markdown has its own full pipeline).
 */
function withoutLiteralAutolinkTransform(this: Processor): void {
  const data = this.data();
  const drop = (extension: Extension): Extension => ({ ...extension, transforms: [] });
  data.fromMarkdownExtensions = (data.fromMarkdownExtensions ?? []).map((e) => (Array.isArray(e) ? e.map(drop) : drop(e)));
}

const reader = unified().use(remarkParse).use(remarkGfm).use(withoutLiteralAutolinkTransform).freeze();
/** YAML front matter can only open a document, and its syntax extension costs ~3% on every line start: added only where it can apply */
const frontmatterReader = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']).use(withoutLiteralAutolinkTransform).freeze();

/** The mdast of a prepared report text, as the extractors read it. */
export function readMarkdown(text: string): Root {
  return (text.startsWith('---') ? frontmatterReader : reader).parse(text);
}
