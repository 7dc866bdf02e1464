import type Handlebars from 'handlebars';
import rehypeSanitize from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { trustedHtml } from '../html/trustedHtml.js';
import { SANITIZE_SCHEMA } from '../policy/sanitizeSchema.js';
import { rehypeDropImages } from './rehypeDropImages.js';
import { rehypeLineAnchors } from './rehypeLineAnchors.js';

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
 * Report markdown (GFM) to safe HTML: remark-parse + remark-gfm -> remark-rehype
 * (raw HTML is dropped, never parsed) -> rehype-sanitize (GitHub's schema: no
 * script, no event attributes, no javascript: URLs) -> images replaced by their
 * alt text -> line anchors -> rehype-stringify. Pure and deterministic.
 */
export function markdownToHtml(markdown: string, options: MarkdownToHtmlOptions = {}): MarkdownHtml {
  const lines: number[] = [];
  const prefix = options.idPrefix ? `fn-${options.idPrefix}-` : 'fn-';
  const processor = unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(remarkFrontmatter, ['yaml', 'toml'])
    .use(remarkRehype, { clobberPrefix: prefix })
    .use(rehypeSanitize, SANITIZE_SCHEMA)
    .use(rehypeDropImages)
    .use(rehypeLineAnchors, { lineOffset: (options.firstLine ?? 1) - 1, lines })
    .use(rehypeStringify);
  const html = String(processor.processSync(markdown));
  return { html: trustedHtml(html), lines };
}
