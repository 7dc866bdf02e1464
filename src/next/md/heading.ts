import type { Heading } from 'mdast';

/** A heading node with plain text. */
export function heading(depth: Heading['depth'], text: string): Heading {
  return { type: 'heading', depth, children: [{ type: 'text', value: text }] };
}
