import { withoutTrailingParens } from '../../util/textRuns.js';
import type { Paragraph, RootContent } from 'mdast';
import type { Node } from 'unist';
import type { Issue } from '../../model/types.js';
import type { ExtractContext, SectionContext } from '../context.js';
import { GENERIC_CATEGORIES, HEADING_COUNT } from '../policy/issueFields.js';
import { AFTER_STATE, BEFORE_STATE, BUCKET_HEADING, NUMBERED_PROBLEM, PASS_MARKERS, PROBLEM_LEADS } from '../policy/issueEvidence.js';
import { earliestToken } from '../text/earliestToken.js';
import { NONE_STATED } from '../policy/noneStated.js';
import { blockText } from '../text/blockText.js';
import { leadSplit } from '../text/leadSplit.js';
import { normalizeKey } from '../text/normalizeKey.js';
import { position } from '../text/position.js';
import { readIssueStatus } from '../text/readIssueStatus.js';
import { readSeverity } from '../text/readSeverity.js';
import { sourceFields } from '../text/sourceFields.js';
import { titleText } from '../text/titleText.js';
import { trackedIdentifiers } from '../text/trackedIdentifiers.js';
import { listItemParts } from '../text/listItemParts.js';
import { withUniqueIds } from '../text/withUniqueIds.js';
import { codeDrafts } from './issues/codeLines.js';
import { effectiveContainer, namesProblems, NOT_ISSUE_KINDS, sectionFacts, type Container, type SectionFacts } from './issues/containers.js';
import { draft, issueTitle, prefixSeverity, statedSeverity, type Draft } from './issues/draft.js';
import { fieldSeverity, fieldStatus, isFieldList, labelledLists, listDrafts, type ListScope, type ListTrust } from './issues/listItems.js';
import { applyPrioritySummaries } from './issues/prioritySummaries.js';
import { mergeRestated } from './issues/restated.js';
import { tableDrafts } from './issues/tableRows.js';

/** A cheap test that a section may name a constant at all, before its lists are walked. */
const CONSTANT_HINT = /\b[A-Z][A-Z0-9]*_[A-Z0-9]/;
/** `1.`, `1.5`, `A.`, `#3`: a numbered heading, one of a series of findings. */
const NUMBERED = /^\s*(?:\d+(?:\.\d+)*[.)]?|[A-Z][.)]|#\d+:?)\s/;

/**
 * Issues wherever a report writes them. Every section's lists, tables,
 * `**Finding:**` paragraphs and fenced status lines are candidates; what each
 * is follows from its evidence: the heading or intro line above it (a problem
 * list, a list of fixed problems, a summary, a plan), its own markers and
 * problem words, its table's column roles. A numbered or leaf heading under a
 * problem list is itself one issue, its bullets the detail (a bullet that
 * names its own defect is one too). A status line in a code block restating
 * an issue is merged into it. Ids derive from the title with status words
 * removed; a repeated title gets `-2`, `-3`.
 */
export function extractIssues(context: ExtractContext): Issue[] {
  const facts = sectionFacts(context.sections);
  const hasChildren = new Set(context.sections.map((s) => s.section.parentId));
  const after = context.sections.some((s) => AFTER_STATE.test(s.section.heading));
  const drafts: Draft[] = [];
  for (const s of context.sections) {
    const f = facts.get(s.section.id);
    if (f) drafts.push(...sectionDrafts(context, f, hasChildren, after && inPastState(s)));
  }
  return withUniqueIds(applyPrioritySummaries(context, mergeRestated(context, drafts)).map((d) => d.issue), 'issue', (issue) => issue.title.replace(/\([^()]*\d[^()]*\)/g, ' '));
}

/** Whether the section or one above it is headed as the state before the fixes (BEFORE_STATE). */
function inPastState(s: SectionContext): boolean {
  for (let at: SectionContext | null = s; at; at = at.parent) if (at.heading && BEFORE_STATE.test(at.section.heading)) return true;
  return false;
}

/** Issues of one section; under a past-state heading, an item that states no status of its own was fixed since. */
function sectionDrafts(context: ExtractContext, f: SectionFacts, hasChildren: ReadonlySet<string | null>, past: boolean): Draft[] {
  const s = f.context;
  const effective = effectiveContainer(f);
  const container: Container = past ? { ...effective, status: effective.status ?? 'resolved' } : effective;
  let category: string | null | undefined;
  const scope: ListScope = { section: s, category: () => (category === undefined ? (category = categoryOf(f)) : category), container };
  const leaf = !hasChildren.has(s.section.id) && s.nodes.length > 0;
  if (NUMBERED_PROBLEM.test(s.key)) return [headingDraft(context, scope, s)];
  if (leaf && isHeadingIssue(f)) {
    // a numbered finding takes the severity of its list (`CRITICAL ISSUES FIXED` over "Compilation Blockers")
    const list = f.parent ? effectiveContainer(f.parent) : container;
    const listed: ListScope = { ...scope, container: { ...container, severity: list.severity ?? container.severity, status: container.status ?? list.status } };
    return [headingDraft(context, listed, s), ...blockDrafts(context, listed, 'sub-items')];
  }
  const found = blockDrafts(context, scope, container.role === 'issues' ? 'register' : container.role === null ? 'evidence' : null);
  if (found.length === 0 && leaf && f.own.role === 'issues' && f.own.byWords === true && f.own.status !== 'resolved' && !statesNone(s)) {
    const bold = boldLine(s.nodes);
    if (bold) found.push(draft({ ...headingFields(context, scope, s), title: issueTitle(leadSplit(bold).text), position: position(bold), nodes: [bold] }));
    else if (!GENERIC_CATEGORIES.test(normalizeKey(titleText(s.section.heading)))) found.push(headingDraft(context, scope, s));
  }
  if (container.role !== 'issues' && CONSTANT_HINT.test(s.section.markdown)) {
    const taken = new Set(found.map((d) => d.issue.position.line));
    for (const t of trackedIdentifiers(s.nodes)) {
      if (taken.has(position(t.item).line)) continue;
      found.push(draft({ title: t.identifier, detail: listItemParts(t.item).rest || null, severity: 'unknown', category: scope.category(), status: t.status, sectionId: s.section.id, position: position(t.item), nodes: [t.item] }));
    }
  }
  announcedCount(context, s, found.length);
  if (found.length === 0 && f.own.role === 'issues' && f.own.byWords === true && !statesNone(s) && s.nodes.some((n) => n.type === 'list' || n.type === 'table')) {
    context.report(`"${s.section.heading}" reads as a list of problems, but none of its items reads as an issue`, s.heading ?? undefined, 'issue-section-unread', 'info');
  }
  return found;
}

/**
 * A section that is one issue: under a heading naming a problem list, a leaf
 * with content that is numbered (one of a series), severity-prefixed, or
 * named without any kind word of its own (`### 3. File System Analysis`).
 */
function isHeadingIssue(f: SectionFacts): boolean {
  const parent = f.parent;
  if (!parent || parent.own.role !== 'issues' || parent.own.byWords !== true) return false;
  const heading = f.context.section.heading;
  if (f.own.role === 'summary') return false;
  // "### 2. SYSTEM VALIDATION RESULTS [OK]": a numbered check that passed, not a problem
  if (f.own.role === 'other' && earliestToken(heading, PASS_MARKERS) !== null) return false;
  if (NUMBERED.test(heading) || prefixSeverity(heading) !== null) return true;
  // "### Blocker 1.1: ..." with "#### Pre-Conditions", "#### Deliverables": facets of one problem, not a list of them
  if (f.own.role === 'other' || !namesProblems(parent.context.section.heading)) return false;
  // "### Specific Theater Evidence:" introduces a list of problems, it is not one; "### ✅ Resolved This Phase" is a bucket of them
  if (heading.trim().endsWith(':') || BUCKET_HEADING.test(normalizeKey(heading))) return false;
  const kind = f.context.ownKind;
  if (kind !== null && kind !== 'issues') return false;
  const lists = labelledLists(f.context.nodes);
  return f.own.role === null || (lists.length > 0 && lists.every(({ list }) => isFieldList(list)));
}

/** Issues of a section's blocks: its lists (by their labels), tables, problem paragraphs and code status lines. */
function blockDrafts(context: ExtractContext, scope: ListScope, trust: ListTrust | null): Draft[] {
  const s = scope.section;
  const found: Draft[] = [];
  const kindExcluded = NOT_ISSUE_KINDS.has(s.section.kind) && scope.container.role !== 'issues';
  for (const { list, label: written } of labelledLists(s.nodes)) {
    // in a summary, a label such as "**AUDIT STATUS: VIOLATIONS DETECTED**" heads key/values, not a register
    const label = written?.role === 'issues' && scope.container.role === 'summary' ? null : written;
    const c = label === null || label.role === null ? withLabel(scope.container, label) : { ...label, severity: label.severity ?? scope.container.severity, status: label.status ?? scope.container.status };
    const listTrust = label?.role === 'issues' || (trust === 'sub-items' && label?.status) ? 'register' : label?.role === 'other' || label?.role === 'summary' ? null : trust;
    if (listTrust === null || (listTrust === 'evidence' && kindExcluded)) continue;
    if (listTrust === 'register' && isFieldList(list)) continue;
    found.push(...listDrafts(context, { ...scope, container: c }, list, listTrust));
  }
  if (trust === 'sub-items') return found;
  for (const node of s.nodes) {
    // a summary or risk table of problems ("SUMMARY OF RESPONSIBLE AGENTS" | Critical Issues |) restates the problems listed above it
    if (node.type === 'table' && scope.container.role !== 'summary' && scope.container.role !== 'other') found.push(...tableDrafts(scope, node, trust === 'register'));
    else if (node.type === 'code' && trust !== null) found.push(...codeDrafts(scope, node));
    else if (node.type === 'paragraph' && trust !== null) {
      const p = problemParagraph(context, scope, node);
      if (p) found.push(p);
    }
  }
  return found;
}

function withLabel(container: Container, label: Container | null): Container {
  if (!label) return container;
  return { role: container.role, severity: label.severity ?? container.severity, status: label.status ?? container.status };
}

/** `**Finding:** text`, `**Violations (7 total)**: text`: a paragraph whose key says its text is a problem. */
function problemParagraph(context: ExtractContext, scope: ListScope, node: Paragraph): Draft | null {
  if (node.children[0]?.type !== 'strong') return null;
  const split = leadSplit(node);
  if (split.lead === null || split.rest === '' || !PROBLEM_LEADS.test(normalizeKey(split.lead).replace(/ (\d[\d,]*)( total)?$/, ' ($1$2)'))) return null;
  return draft({
    title: issueTitle(split.rest.replace(/\.$/, '')),
    detail: null,
    severity: readSeverity(split.rest) ?? scope.container.severity ?? 'unknown',
    category: scope.category(),
    status: readIssueStatus(split.rest) ?? scope.container.status ?? 'open',
    sectionId: scope.section.section.id,
    position: position(node),
    nodes: [node],
  });
}

function headingFields(context: ExtractContext, scope: ListScope, s: SectionContext) {
  const fields = sourceFields(context.text, s.nodes);
  const heading = s.section.heading;
  const nodes: Node[] = s.heading ? [s.heading, ...s.nodes] : [...s.nodes];
  const inherited = scope.container.status === 'resolved' || scope.container.status === 'in-progress' ? scope.container.status : null;
  return {
    title: issueTitle(heading),
    detail: blockText(s.nodes),
    severity: fieldSeverity(fields) ?? statedSeverity(heading) ?? scope.container.severity ?? readSeverity(heading) ?? 'unknown',
    category: s.trail.length > 0 ? titleText(s.trail.at(-1) ?? '') || null : null,
    status: fieldStatus(fields) ?? readIssueStatus(heading) ?? inherited ?? 'open',
    sectionId: s.section.id,
    position: s.section.position,
    nodes,
  };
}

function headingDraft(context: ExtractContext, scope: ListScope, s: SectionContext): Draft {
  return draft(headingFields(context, scope, s));
}

/** The first paragraph of a section when it is all bold (`**NASA POT10 Compliance: 85%**`): the problem a generic heading announces. */
function boldLine(nodes: readonly RootContent[]): Paragraph | null {
  const first = nodes[0];
  return first?.type === 'paragraph' && first.children.length === 1 && first.children[0]?.type === 'strong' ? first : null;
}

function statesNone(s: SectionContext): boolean {
  return s.nodes.some((n) => n.type === 'list' && n.children.length > 0 && n.children.every((i) => NONE_STATED.test(withoutTrailingParens(titleText(listItemParts(i).text)))));
}

function categoryOf(f: SectionFacts | null): string | null {
  for (let at = f; at; at = at.parent) {
    if (!at.context.heading) return null;
    const title = titleText(at.context.section.heading);
    if (!GENERIC_CATEGORIES.test(normalizeKey(title))) return title;
  }
  return null;
}

/** `Integration Failures (12 Critical)` listing 6: the count the heading announces is reported when it differs. */
function announcedCount(context: ExtractContext, s: SectionContext, listed: number): void {
  const count = HEADING_COUNT.exec(s.section.heading);
  const announced = Number((count?.[1] ?? count?.[2] ?? '').replace(/,/g, ''));
  if (s.heading && count && listed > 0 && announced !== listed) {
    context.report(`"${s.section.heading}" announces ${announced} issues but lists ${listed}`, s.heading, 'issue-count-mismatch', 'info');
  }
}
