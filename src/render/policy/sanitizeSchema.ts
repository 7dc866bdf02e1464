import { defaultSchema, type Options } from 'rehype-sanitize';

/**
 * Elements never kept from a report body, even if the markdown could produce
 * them. `img` stays allowed here only so that rehypeDropImages, which runs
 * next, can replace each image by its alt text.
 */
const DROPPED_TAGS = new Set(['picture', 'source', 'video', 'audio', 'iframe', 'object', 'embed']);

/**
 * rehype-sanitize schema for report bodies: GitHub's default (no script or
 * style, no event handler attributes, only http(s)/mailto/relative links), no
 * media, and no id clobbering (raw HTML is dropped before, so the only
 * ids are the footnote ids made by remark-rehype with a per-section prefix).
 */
export const SANITIZE_SCHEMA: Options = {
  ...defaultSchema,
  tagNames: (defaultSchema.tagNames ?? []).filter((tag) => !DROPPED_TAGS.has(tag)),
  clobber: [],
};
