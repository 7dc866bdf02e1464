import type { Heading, Paragraph, PhrasingContent, TableCell } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { cleanText } from './cleanText.js';
import { trimEndOf } from '../../util/textRuns.js';

export interface LeadSplit {
  /** the bold or `Key:` lead of the text, decoration and colon removed; null when none */
  lead: string | null;
  /** what follows the lead (or the whole text when there is none) */
  rest: string;
  /** the whole plain text */
  text: string;
}

const SEPARATOR = /^\s*(?:[:\-–—]|\(|$)/;
const PLAIN_KEY = /^([A-Z][\w /&.+'()-]{0,48}?)\s*:\s+(\S.*)$/s;

/**
 * Split `**Lead**: rest`, `**Lead:** rest`, `**Lead** (owner)`, `✅ **Lead** - rest`
 * or a short plain `Key: rest` into its lead and the rest. A bold run that is
 * only the start of a sentence (`**139 calls** in the code`) is not a lead.
 */
export function leadSplit(node: Paragraph | Heading | TableCell): LeadSplit {
  const text = toString(node).trim();
  const children: readonly PhrasingContent[] = node.children;
  const index = children.findIndex((c) => c.type === 'strong');
  const before = index === -1 ? '' : children.slice(0, index).map((c) => toString(c)).join('');
  const strong = children[index];
  if (strong && cleanText(before).replace(/^\d+[.)]\s*/, '') === '') {
    const after = children.slice(index + 1).map((c) => toString(c)).join('');
    const lead = trimEndOf(toString(strong), ': ').trim();
    if (lead !== '' && (SEPARATOR.test(after) || /:\s*$/.test(toString(strong)))) {
      return { lead, rest: restOf(after), text };
    }
  }
  const plain = PLAIN_KEY.exec(cleanText(text));
  if (index !== 0 && plain?.[1] && plain[2] && plain[1].split(' ').length <= 5) {
    return { lead: plain[1].trim(), rest: restOf(plain[2]), text };
  }
  return { lead: null, rest: text, text };
}

/** The rest after a lead, without the separator and status decoration before it. */
function restOf(after: string): string {
  const cleaned = cleanText(after);
  const start = after.length - after.trimStart().length;
  const decorated = cleaned !== '' && !after.trimStart().startsWith(cleaned.slice(0, 1));
  return (decorated ? cleaned : after.slice(start)).replace(/^\s*[:\-–—]\s*/, '').trim();
}
