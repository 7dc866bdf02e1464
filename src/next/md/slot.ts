import type { Emphasis } from 'mdast';

/** An emphasised placeholder the author replaces: `_to update_`. */
export function slot(text: string): Emphasis {
  return { type: 'emphasis', children: [{ type: 'text', value: text }] };
}
