import type Handlebars from 'handlebars';
import rehypeSanitize from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { prepareText } from '../../parse/prepareText.js';
import { trustedHtml } from '../html/trustedHtml.js';
import { SANITIZE_SCHEMA } from '../policy/sanitizeSchema.js';
import { fragmentData, type FragmentData } from './fragmentData.js';
import { rehypeDropImages } from './rehypeDropImages.js';
import { rehypeLineAnchors } from './rehypeLineAnchors.js';
import { rehypeScopeIds } from './rehypeScopeIds.js';

export interface MarkdownToHtmlOptions {
  /** source line of the first line of `markdown` (default 1): anchors are `L<source line>` */
  readonly firstLine?: number;
  /** makes footnote ids unique when several fragments share a page */
  readonly idPrefix?: string;
}

export interface MarkdownHtml {
  /** sanitised HTML, safe to insert raw */
  readonly html: Handlebars.SafeString;
  /** source lines that have an `L<line>` anchor in `html`, ascending */
  readonly lines: readonly number[];
}

/**
 * remark-parse + remark-gfm -> remark-rehype (raw HTML is dropped, never parsed)
 * -> rehype-sanitize (GitHub's schema: no script, no event attributes, no
 * javascript: URLs) -> the project's own additions: scoped footnote ids, images
 * replaced by their alt text, line anchors -> rehype-stringify. Built once.
 */
const processor = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkFrontmatter, ['yaml', 'toml'])
  .use(remarkRehype)
  .use(rehypeSanitize, SANITIZE_SCHEMA)
  .use(rehypeScopeIds)
  .use(rehypeDropImages)
  .use(rehypeLineAnchors)
  .use(rehypeStringify)
  .freeze();

/** Report markdown (GFM) to safe HTML with `L<line>` anchors. Pure and deterministic. */
export function markdownToHtml(markdown: string, options: MarkdownToHtmlOptions = {}): MarkdownHtml {
  const data: FragmentData = { firstLine: options.firstLine ?? 1, idPrefix: options.idPrefix ?? '', lines: [] };
  // bounded like the parser's input (a Report may come from elsewhere): no stack overflow, no quadratic run
  const value = prepareText(markdown).text;
  const html = String(processor.processSync({ value, data: { [fragmentData.key]: data } }));
  return { html: trustedHtml(html), lines: data.lines };
}
