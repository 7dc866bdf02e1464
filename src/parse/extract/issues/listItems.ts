import type { List, ListItem, Paragraph, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { IssueStatus, Severity } from '../../../model/types.js';
import type { ExtractContext, SectionContext } from '../../context.js';
import { COUNT_SUMMARY, FIELD_KEYS, METRIC_VALUE } from '../../policy/issueFields.js';
import { FIX_VERBS, NONE_FOUND, PASS_MARKERS, PROBLEM_MARKERS, PROBLEM_WORDS } from '../../policy/issueEvidence.js';
import { blockText } from '../../text/blockText.js';
import { earliestToken } from '../../text/earliestToken.js';
import { issueItems } from '../../text/issueItems.js';
import { leadSplit } from '../../text/leadSplit.js';
import { listItemParts, type ListItemParts } from '../../text/listItemParts.js';
import { normalizeKey } from '../../text/normalizeKey.js';
import { position } from '../../text/position.js';
import { readIssueStatus } from '../../text/readIssueStatus.js';
import { readSeverity } from '../../text/readSeverity.js';
import { sourceFields, type SourceField } from '../../text/sourceFields.js';
import { containerOf, type Container } from './containers.js';
import { draft, issueTitle, prefixSeverity, type Draft } from './draft.js';

/** How sure the caller is that a list holds problems: a problem list, or any list (items must prove themselves). */
export type ListTrust = 'register' | 'evidence' | 'sub-items';

export interface ListScope {
  section: SectionContext;
  /** the items' category, read only when an item is kept */
  category: () => string | null;
  container: Container;
}

/** Longest paragraph read as a list's intro label (`**Critical Issues** (4):`). */
const MAX_INTRO = 100;
/** Most words of an intro label written without bold. */
const MAX_LABEL_WORDS = 6;
/** How many closing words of an intro sentence may name the list it introduces. */
const SENTENCE_END_WORDS = 3;

/**
 * The lists of some blocks with the label each is introduced by: the
 * paragraph right before it when short and ending in `:` or all bold. A
 * `**Key**: value` paragraph before a list makes the list that value's
 * detail (role 'other').
 */
export function labelledLists(nodes: readonly RootContent[]): Array<{ list: List; label: Container | null; labelText: string | null }> {
  const found: Array<{ list: List; label: Container | null; labelText: string | null }> = [];
  nodes.forEach((node, i) => {
    if (node.type !== 'list') return;
    const before = nodes[i - 1];
    const label = before?.type === 'paragraph' ? introLabel(before) : null;
    found.push({ list: node, label: label?.container ?? null, labelText: label?.text ?? null });
  });
  return found;
}

function introLabel(paragraph: Paragraph): { container: Container; text: string } | null {
  const last = paragraph.children.at(-1);
  const colon = last?.type === 'text' ? last.value.trimEnd().endsWith(':') : last?.type === 'strong' && toString(last).trimEnd().endsWith(':');
  if (!colon && paragraph.children[0]?.type !== 'strong') return null;
  const split = leadSplit(paragraph);
  if (split.text.length > MAX_INTRO) return null;
  const bold = paragraph.children[0]?.type === 'strong' && split.rest.replace(/^\([^)]*\)/, '').replace(/[:\s]/g, '') === '';
  const rest = split.rest.replace(/^\([^)]*\)\s*:?$/, '').trim();
  if (split.lead !== null && rest !== '' && !split.text.trim().endsWith(':')) return { container: { role: 'other', status: null, severity: null }, text: split.text };
  if (!split.text.trim().endsWith(':') && !bold) return null;
  // a sentence ending in ":" ("... god objects based on:") introduces its own continuation: a problem list only when it ends naming one ("the following issues were found:")
  const words = split.text.split(/\s+/);
  if (split.lead === null && words.length > MAX_LABEL_WORDS) {
    const ending = containerOf(words.slice(-SENTENCE_END_WORDS).join(' '));
    return { container: ending.role === 'issues' ? ending : { role: 'other', status: null, severity: null }, text: split.text };
  }
  const text = split.lead ?? split.text;
  // "**Vulnerability Details**:", "**Files Affected**:": a field of one issue, not a list of issues
  if (FIELD_KEYS.test(normalizeKey(text))) return { container: { role: 'other', status: null, severity: null }, text };
  const container = containerOf(split.lead ?? split.text);
  const status = container.status ?? readIssueStatus(text, true);
  return { container: { ...container, status }, text };
}

/** Issues among a list's items, by how far the list is trusted. */
export function listDrafts(context: ExtractContext, scope: ListScope, list: List, trust: ListTrust): Draft[] {
  // outside problem lists only a marked item can be one: most lists of a report are passed over here, cheaply
  if (trust === 'evidence' && !list.children.some((item) => earliestToken(listItemParts(item).text, PROBLEM_MARKERS) !== null)) return [];
  if (trust === 'sub-items' && !list.children.some((item) => FIX_VERBS.test(listItemParts(item).rest))) return [];
  const { items } = issueItems(context.text, [list]);
  return items.flatMap((item) => itemDraft(context, scope, item, trust) ?? []);
}

function itemDraft(context: ExtractContext, scope: ListScope, item: ListItem, trust: ListTrust): Draft | null {
  const parts = codeLead(listItemParts(item));
  const title = issueTitle(parts.lead ?? parts.text);
  if (title === '' && trust === 'register') context.report('List item in an issue list has no title', item, 'issue-without-title');
  if (title === '' || NONE_FOUND.test(title) || COUNT_SUMMARY.test(title) || isFieldLead(parts.lead) || (parts.lead && METRIC_VALUE.test(parts.rest))) return null;
  const marker = earliestToken(parts.text, PROBLEM_MARKERS);
  const passed = earliestToken(parts.text, PASS_MARKERS) !== null && marker === null;
  const named = parts.lead !== null || /^`/.test(item.children[0]?.type === 'paragraph' ? (item.children[0].children[0]?.type ?? '') : '');
  if (trust === 'evidence' && !(marker && !passed && PROBLEM_WORDS.test(parts.text))) return null;
  if (trust === 'sub-items' && !(named && FIX_VERBS.test(parts.rest))) return null;
  const fields = sourceFields(context.text, item.children.slice(1));
  const nested = blockText(item.children.slice(1));
  const detail = [parts.lead ? parts.rest : '', ...parts.extra, nested ?? ''].filter((t) => t.trim() !== '').join('\n');
  const checked = parts.checked === null || parts.checked === false ? null : 'resolved';
  const severity = fieldSeverity(fields) ?? prefixSeverity(parts.lead ?? parts.text) ?? leadSeverity(parts.lead)
    ?? scope.container.severity ?? (trust === 'evidence' ? readSeverity(parts.rest) : null) ?? 'unknown';
  const fixedStatement = marker === null && trust === 'sub-items' ? 'resolved' : null;
  const status = fieldStatus(fields) ?? checked ?? itemStatus(parts.text, marker?.status ?? null) ?? scope.container.status ?? fixedStatement ?? 'open';
  const leadIsSeverity = leadSeverity(parts.lead) !== null;
  return draft({
    title: leadIsSeverity ? issueTitle(parts.rest) : title,
    detail: detail === '' || leadIsSeverity ? null : detail,
    severity,
    category: scope.category(),
    status,
    sectionId: scope.section.section.id,
    position: position(item),
    nodes: [item],
  });
}

/** `` `src/cicd/TestRunner.ts`: Replaced with ... ``: a code span before a colon leads the item as a bold key would. */
function codeLead(parts: ListItemParts): ListItemParts {
  const [code, text] = parts.first?.children ?? [];
  if (parts.lead !== null || code?.type !== 'inlineCode' || text?.type !== 'text' || !text.value.startsWith(':')) return parts;
  return { ...parts, lead: code.value, rest: parts.text.slice(parts.text.indexOf(':', code.value.length) + 1).trim() };
}

/** The status an item's own text states; a failure marker whose aside says the item is blocked (`(syntax errors blocking)`) is blocked. */
function itemStatus(text: string, marker: IssueStatus | null): IssueStatus | null {
  // "❌ → ✅": the state after the last arrow is the current one
  const arrow = Math.max(text.lastIndexOf('→'), text.lastIndexOf('->'));
  const after = arrow === -1 ? null : readIssueStatus(text.slice(arrow + 1));
  if (after !== null && readIssueStatus(text.slice(0, arrow)) !== null) return after;
  const written = readIssueStatus(text);
  if ((written === 'open' || written === null) && /\([^()]*\b(blocking|blocked)\)/i.test(text) && !/non-?\s?blocking/i.test(text)) return 'blocked';
  return marker ?? written;
}

/** `**Critical:** 4 hardcoded paths`: a lead that is only a severity word. */
function leadSeverity(lead: string | null): Severity | null {
  if (lead === null || lead.split(/\s+/).length > 2) return null;
  return /^(critical|high|medium|low|minor|major|blocking|blocker)( severity| priority)?$/i.test(lead.trim()) ? readSeverity(lead) : null;
}

function isFieldLead(lead: string | null): boolean {
  return lead !== null && FIELD_KEYS.test(normalizeKey(lead));
}

/** Whether most items of a list are `**Field**:` lines of one issue rather than issues. */
export function isFieldList(list: List): boolean {
  const fieldLeads = list.children.filter((item) => isFieldLead(listItemParts(item).lead)).length;
  return fieldLeads * 2 >= list.children.length;
}

export function fieldSeverity(fields: readonly SourceField[]): Severity | null {
  const field = fields.find((f) => /^(severity|priority|criticality)$/.test(f.key));
  return field ? readSeverity(field.value) : null;
}

export function fieldStatus(fields: readonly SourceField[]): IssueStatus | null {
  const field = fields.find((f) => /^(status|state|resolution status)$/.test(f.key));
  return field ? readIssueStatus(field.value, true) : null;
}
