import { toString } from 'mdast-util-to-string';
import type { Meta } from '../../../model/types.js';
import type { ExtractContext } from '../../context.js';
import { cleanText } from '../../text/cleanText.js';
import { keyValueLine } from '../../text/keyValueLine.js';
import { position } from '../../text/position.js';

/**
 * The line under the title that names the report further: an H2 on the very
 * next line that is no summary heading, has at least three words, no `Label: value` form and
 * no status marker (`## TDD-London-Swarm Agent Deliverables Analysis`; not
 * `## Executive Summary: CRITICAL FAILURES PERSIST`), or an emphasised line
 * opening the title's block (`**CRITICAL THEATER DETECTION ANALYSIS**`).
 */
/** A section name (`## Overview`) is shorter: a subtitle names the report in at least this many words. */
const MIN_WORDS = 3;

export function subtitleOf(context: ExtractContext): Meta['subtitle'] {
  const index = context.sections.findIndex((s) => s.heading !== null);
  const title = context.sections[index];
  if (!title || title.section.depth !== 1) return null;
  const next = context.sections[index + 1];
  if (next?.heading && next.section.depth === 2 && next.section.position.line === title.section.position.line + 1) {
    const heading = next.section.heading;
    const plain = heading.replace(/\s+/g, ' ').trim();
    if (next.section.kind !== 'summary' && plain.split(' ').length >= MIN_WORDS && !plain.includes(': ') && cleanText(heading) === plain) {
      return { value: plain, position: next.section.position };
    }
    return null;
  }
  const first = title.nodes[0];
  if (first?.type !== 'paragraph' || (first.position?.start.line ?? 0) > title.section.position.line + 2) return null;
  const emphasised = first.children.length === 1 && (first.children[0]?.type === 'strong' || first.children[0]?.type === 'emphasis');
  const value = toString(first).trim();
  const source = context.text.slice(first.position?.start.offset ?? 0, first.position?.end.offset ?? 0);
  if (!emphasised || value === '' || value.includes('\n') || keyValueLine(source) !== null) return null;
  return { value, position: position(first) };
}
