import type { Paragraph, PhrasingContent } from 'mdast';

/** Metadata lines in one paragraph: `**Key**: value`, one per line. */
export function fieldsParagraph(fields: ReadonlyArray<readonly [string, string | PhrasingContent]>): Paragraph {
  const children: PhrasingContent[] = [];
  fields.forEach(([key, value], i) => {
    if (i > 0) children.push({ type: 'text', value: '\n' });
    children.push({ type: 'strong', children: [{ type: 'text', value: key }] }, { type: 'text', value: ': ' });
    children.push(typeof value === 'string' ? { type: 'text', value } : value);
  });
  return { type: 'paragraph', children };
}
