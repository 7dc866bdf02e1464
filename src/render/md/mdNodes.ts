import type { BlockContent, Blockquote, Heading, List, ListItem, Paragraph, PhrasingContent, Table, TableCell, TableRow, Text } from 'mdast';
import { labelOf } from '../helpers/labelOf.js';
import { toneOf } from '../helpers/toneOf.js';
import { TONE_EMOJI } from '../policy/toneEmoji.js';
import type { SourceRef } from '../view/types.js';

type Phrase = PhrasingContent | string;

const phrase = (p: Phrase): PhrasingContent => (typeof p === 'string' ? text(p) : p);

function text(value: string): Text {
  return { type: 'text', value };
}

/**
 * Small builders of mdast nodes for the markdown output. Every string becomes a
 * text node, so remark-stringify escapes it: report text can never become
 * markdown syntax or HTML in a pull-request comment.
 */
export const md = {
  text,
  strong: (...children: Phrase[]): PhrasingContent => ({ type: 'strong', children: children.map(phrase) }),
  emphasis: (...children: Phrase[]): PhrasingContent => ({ type: 'emphasis', children: children.map(phrase) }),
  deleted: (...children: Phrase[]): PhrasingContent => ({ type: 'delete', children: children.map(phrase) }),
  code: (value: string): PhrasingContent => ({ type: 'inlineCode', value }),
  heading: (depth: Heading['depth'], ...children: Phrase[]): Heading => ({ type: 'heading', depth, children: children.map(phrase) }),
  paragraph: (...children: Phrase[]): Paragraph => ({ type: 'paragraph', children: children.map(phrase) }),
  quote: (...children: BlockContent[]): Blockquote => ({ type: 'blockquote', children }),
  list: (items: ListItem[], ordered = false): List => ({ type: 'list', ordered, spread: false, children: items }),
  item: (children: BlockContent[], checked: boolean | null = null): ListItem => ({ type: 'listItem', spread: false, checked, children }),
  table: (header: Phrase[][], rows: Phrase[][][], align: Table['align'] = null): Table => ({ type: 'table', align, children: [row(header), ...rows.map(row)] }),
  /** `✅ Met`: the tone emoji and label of a status word */
  status: (status: string, label?: string): string => `${TONE_EMOJI[toneOf(status)]} ${label ?? labelOf(status)}`,
  /** `L42`, linked to `<base>#L42` when the view has a link base */
  source: (ref: SourceRef): PhrasingContent =>
    ref.href.startsWith('#') ? text(`L${ref.line}`) : { type: 'link', url: ref.href, children: [text(`L${ref.line}`)] },
};

function row(cells: Phrase[][]): TableRow {
  return { type: 'tableRow', children: cells.map((c): TableCell => ({ type: 'tableCell', children: c.map(phrase) })) };
}
