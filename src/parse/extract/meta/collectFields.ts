import type { RootContent } from 'mdast';
import type { MetaField } from '../../../model/types.js';
import type { ExtractContext, SectionContext } from '../../context.js';
import { APPENDIX_HEADING, FOOTER_COMMENT, FOOTER_HEADING } from '../../policy/machineFooter.js';
import { ITEM_LABEL, KEY_HEADING_MAX_DEPTH, KEY_HEADING_MAX_KEY_WORDS, SUMMARY_KINDS, SUMMARY_ROOT_KINDS, SUMMARY_ROOT_MAX_DEPTH } from '../../policy/summaryPlaces.js';
import { cleanText } from '../../text/cleanText.js';
import { blockFields } from './blockFields.js';

const HEADING_KEY = /^(.{2,60}?):\s*(\S.*)$/;
const NUMBERED = /^\d+(?:\.\d+)*[.)]?\s/;

export interface CollectedFields {
  /** every key/value statement, in source order */
  fields: MetaField[];
  /** the header, the opening of the first section and the sign-off: where the named slots (date, author, status) are read */
  slotFields: MetaField[];
}

/**
 * The report's key/value statements: the header (under the title and its
 * subtitle heading), the
 * opening of the first section with content (body), the summary key/values
 * (key/value paragraphs of the executive summary and of verdict and readiness
 * sections, `Label: value` headings; body), and the sign-off (footer) of the
 * last section before any machine footer, appendices aside.
 */
export function collectFields(context: ExtractContext, subtitleLine: number | null = null): CollectedFields {
  const { text } = context;
  const end = contentEnd(context);
  const sections = context.sections.filter((s) => s.section.position.line < end);
  const nodesOf = (s: SectionContext): RootContent[] => s.nodes.filter((n) => (n.position?.start.line ?? 0) < end);
  const headed = sections.filter((s) => s.heading !== null);
  const isSubtitle = (s: SectionContext): boolean => s.section.depth === 2 && s.section.position.line === subtitleLine;
  const top = sections.filter((s) => s.heading === null || (s.section.depth === 1 && s === headed[0]) || isSubtitle(s));
  const header = top.flatMap((s) => blockFields(nodesOf(s), text, 'header', true));
  const first = headed.find((s) => !top.includes(s) && nodesOf(s).length > 0);
  const opening = first ? blockFields(leadingRun(first, text), text, 'body', false) : [];
  const last = sections.findLast((s) => nodesOf(s).some((n) => n.type !== 'html') && !within(s, (a) => APPENDIX_HEADING.test(a.key)));
  const closing = last && !top.includes(last) ? signOff(last, nodesOf(last), text) : [];
  const slotFields = dedupe([...header, ...opening, ...closing]);
  const summary = sections
    .filter((s) => !top.includes(s))
    .flatMap((s) => [...headingField(s, 'body'), ...summaryFields(context, s, nodesOf(s))]);
  const fields = dedupe([...slotFields, ...summary]).sort((a, b) => a.position.line - b.position.line || a.position.column - b.position.column);
  return { fields, slotFields };
}

/** The first line of a machine footer (Infinity when there is none). */
function contentEnd(context: ExtractContext): number {
  const comment = context.tree.children.find((n) => n.type === 'html' && FOOTER_COMMENT.test(n.value));
  const heading = context.sections.find((s) => s.heading !== null && FOOTER_HEADING.test(s.key));
  return Math.min(comment?.position?.start.line ?? Infinity, heading?.section.position.line ?? Infinity);
}

/**
 * The sign-off of the last section: its trailing key/value paragraphs (rules,
 * comments and all-emphasis prose lines between them skipped), the key/values
 * that open it, and its `Label: value` heading when the trailing run reaches it.
 */
function signOff(section: SectionContext, nodes: readonly RootContent[], text: string): MetaField[] {
  const trailing: RootContent[] = [];
  let reached = true;
  for (const node of nodes.toReversed()) {
    if (node.type === 'thematicBreak' || node.type === 'html') continue;
    if (node.type === 'paragraph' && blockFields([node], text, 'footer', false).length > 0) trailing.unshift(node);
    else if (!isEmphasisOnly(node)) {
      reached = false;
      break;
    }
  }
  const opening = reached ? [] : leadingRun({ ...section, nodes }, text);
  return [...(reached ? headingField(section, 'footer') : []), ...blockFields([...opening, ...trailing], text, 'footer', false)];
}

function isEmphasisOnly(node: RootContent): boolean {
  return node.type === 'paragraph' && node.children.every((c) => c.type === 'emphasis' || c.type === 'strong' || (c.type === 'text' && c.value.trim() === ''));
}

function leadingRun(section: SectionContext, text: string): RootContent[] {
  const run: RootContent[] = [];
  for (const node of section.nodes) {
    if (node.type !== 'paragraph' || blockFields([node], text, 'body', false).length === 0) break;
    run.push(node);
  }
  return run;
}

function summaryFields(context: ExtractContext, s: SectionContext, nodes: readonly RootContent[]): MetaField[] {
  const inSummary = underSummary(context, s);
  if (!inSummary && !SUMMARY_KINDS.has(s.section.kind)) return [];
  return blockFields(nodes, context.text, 'body', inSummary);
}

function underSummary(context: ExtractContext, s: SectionContext): boolean {
  return within(s, (a) => SUMMARY_ROOT_KINDS.has(a.section.kind) && a.section.depth <= SUMMARY_ROOT_MAX_DEPTH);
}

/** Whether the section or one of its ancestors passes the test. */
function within(s: SectionContext, test: (ancestor: SectionContext) => boolean): boolean {
  for (let current: SectionContext | null = s; current; current = current.parent) if (test(current)) return true;
  return false;
}

/** A `Label: value` heading as a field: `### 🎯 Readiness Status: EXCELLENT`. */
function headingField(s: SectionContext, placement: MetaField['placement']): MetaField[] {
  if (s.heading === null || s.section.depth > KEY_HEADING_MAX_DEPTH) return [];
  const heading = cleanText(s.section.heading);
  const split = HEADING_KEY.exec(heading);
  const key = split?.[1]?.trim();
  const value = split?.[2]?.trim();
  if (!key || !value || NUMBERED.test(heading) || ITEM_LABEL.test(key) || key.split(' ').length > KEY_HEADING_MAX_KEY_WORDS) return [];
  return [{ key, value, placement, position: s.section.position }];
}

function dedupe(fields: MetaField[]): MetaField[] {
  const seen = new Set<string>();
  return fields.filter((f) => {
    const key = `${f.position.line}:${f.key}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
