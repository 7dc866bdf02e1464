import type { Paragraph, PhrasingContent } from 'mdast';

/**
 * `**Lead**: rest` as the reports write facts, optionally preceded by a
 * status marker: `🔄 **Title**: detail`. `rest` may be empty.
 */
export function leadParagraph(lead: string, rest: string | readonly PhrasingContent[], marker = ''): Paragraph {
  const tail: PhrasingContent[] = typeof rest === 'string' ? (rest === '' ? [] : [{ type: 'text', value: rest }]) : [...rest];
  const children: PhrasingContent[] = [];
  if (marker !== '') children.push({ type: 'text', value: `${marker} ` });
  children.push({ type: 'strong', children: [{ type: 'text', value: lead }] });
  if (tail.length > 0) children.push({ type: 'text', value: ': ' }, ...tail);
  return { type: 'paragraph', children };
}
