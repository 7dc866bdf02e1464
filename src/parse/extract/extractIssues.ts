import type { List, ListItem, RootContent, Table } from 'mdast';
import type { Node } from 'unist';
import type { Issue, IssueStatus, Severity } from '../../model/types.js';
import type { ExtractContext, SectionContext } from '../context.js';
import { COUNT_SUMMARY, FIELD_KEYS, GENERIC_CATEGORIES, HEADING_COUNT, ISSUE_COLUMNS, METRIC_VALUE } from '../policy/issueFields.js';
import { SEVERITY_PREFIX } from '../policy/severities.js';
import { blockText } from '../text/blockText.js';
import { findIdentifiers } from '../text/findIdentifiers.js';
import { issueItems, type IssueItems } from '../text/issueItems.js';
import { leadSplit } from '../text/leadSplit.js';
import { listItemParts } from '../text/listItemParts.js';
import { normalizeKey } from '../text/normalizeKey.js';
import { position } from '../text/position.js';
import { readIssueStatus } from '../text/readIssueStatus.js';
import { readSeverity } from '../text/readSeverity.js';
import { sourceFields, type SourceField } from '../text/sourceFields.js';
import { tableRecords } from '../text/tableRecords.js';
import { titleText } from '../text/titleText.js';
import { trackedIdentifiers, type TrackedIdentifier } from '../text/trackedIdentifiers.js';
import { appendAll } from '../text/appendAll.js';
import { withUniqueIds } from '../text/withUniqueIds.js';

/** A cheap test that a section may name a constant at all, before its lists are walked. */
const CONSTANT_HINT = /\b[A-Z][A-Z0-9]*_[A-Z0-9]/;

/** What an issue inherits from the section it is listed in. */
interface Scope {
  section: SectionContext;
  category: string | null;
  severity: Severity;
  status: IssueStatus;
}

/**
 * Issues of the sections of kind 'issues' (and numbered `### 1.5 HIGH: ...`
 * sub-headings under them). A section yields its list items as issues, else
 * the rows of an Issue/Severity/Status table, else, when it is a leaf or
 * carries a severity prefix, itself: its heading is the title and its blocks
 * the detail. Ids derive from the title with status words removed; a title
 * repeated in one report gets `-2`, `-3` so ids stay unique.
 */
export function extractIssues(context: ExtractContext): Issue[] {
  const byId = new Map(context.sections.map((s) => [s.section.id, s]));
  const hasChildren = new Set(context.sections.map((s) => s.section.parentId));
  const issues: Issue[] = [];
  for (const s of context.sections) {
    const parent = s.section.parentId === null ? undefined : byId.get(s.section.parentId);
    const prefixed = (s.section.kind === 'issues' || parent?.section.kind === 'issues') && SEVERITY_PREFIX.test(titleText(s.section.heading));
    if (s.section.kind !== 'issues' && !(prefixed && parent?.section.kind === 'issues')) {
      if (CONSTANT_HINT.test(s.section.markdown)) appendAll(issues, trackedIdentifiers(s.nodes).map((t) => trackedIssue(t, s)));
      continue;
    }
    const scope = scopeOf(s, byId);
    const items = issueItems(context.text, prefixed ? [] : issueLists(s.nodes));
    const listed = listIssues(context, scope, items);
    if (listed.length > 0) appendAll(issues, listed);
    else if (!prefixed && s.nodes.some((n) => n.type === 'table')) appendAll(issues, tableIssues(scope, s.nodes));
    else if (!items.quiet && isIssueHeading(s, prefixed, hasChildren)) issues.push(headingIssue(context, scope, parent));
  }
  return withUniqueIds(issues, 'issue', (issue) => issue.title.replace(/\([^()]*\d[^()]*\)/g, ' '));
}

/** A section that is one issue: it has content, a specific heading, and no sub-sections unless numbered with a severity. */
function isIssueHeading(s: SectionContext, prefixed: boolean, hasChildren: ReadonlySet<string | null>): boolean {
  if (!s.heading || s.nodes.length === 0) return false;
  return prefixed || (!hasChildren.has(s.section.id) && !GENERIC_CATEGORIES.test(normalizeKey(titleText(s.section.heading))));
}

function scopeOf(s: SectionContext, byId: Map<string, SectionContext>): Scope {
  let severity: Severity | null = null;
  for (let at: SectionContext | undefined = s; at && at.section.kind === 'issues' && severity === null; ) {
    severity = readSeverity(at.section.heading);
    at = at.section.parentId === null ? undefined : byId.get(at.section.parentId);
  }
  return { section: s, category: categoryOf(s, byId), severity: severity ?? 'unknown', status: headingStatus(s, byId) };
}

/**
 * The status a section's heading gives its items: its own status word or
 * marker (`(IMPLEMENTED)`), else that of its group heading (`CRITICAL ISSUES
 * FIXED ✅`). A heading's colour marker (🔴 Critical Issues) names a severity,
 * so only a resolved or in-progress status is passed on.
 */
function headingStatus(s: SectionContext, byId: Map<string, SectionContext>): IssueStatus {
  const parent = s.section.parentId === null ? undefined : byId.get(s.section.parentId);
  const group = parent?.section.kind === 'issues' ? readIssueStatus(parent.section.heading) : null;
  const status = readIssueStatus(s.section.heading) ?? group;
  return status === 'resolved' || status === 'in-progress' ? status : 'open';
}

function categoryOf(s: SectionContext | undefined, byId: Map<string, SectionContext>): string | null {
  if (!s?.heading) return null;
  const title = titleText(s.section.heading);
  if (!GENERIC_CATEGORIES.test(normalizeKey(title))) return title;
  return categoryOf(s.section.parentId === null ? undefined : byId.get(s.section.parentId), byId);
}

/** Lists that name issues: not the value of a `**Field**:` paragraph, not a list of fields. */
function issueLists(nodes: readonly RootContent[]): List[] {
  return nodes.filter((node, i): node is List => {
    if (node.type !== 'list') return false;
    const before = nodes[i - 1];
    if (before?.type === 'paragraph' && /:\s*$/.test(leadSplit(before).text)) return false;
    const fieldLeads = node.children.filter((item) => isFieldLead(listItemParts(item).lead)).length;
    return fieldLeads * 2 < node.children.length;
  });
}

function isFieldLead(lead: string | null): boolean {
  return lead !== null && FIELD_KEYS.test(normalizeKey(lead));
}

function listIssues(context: ExtractContext, scope: Scope, listed: IssueItems): Issue[] {
  const issues = listed.items.flatMap((item) => itemIssue(context, scope, item) ?? []);
  const heading = scope.section.heading;
  const count = HEADING_COUNT.exec(scope.section.section.heading);
  const announced = Number((count?.[1] ?? count?.[2] ?? '').replace(/,/g, ''));
  if (heading && count && issues.length > 0 && announced !== issues.length) {
    context.report(`"${scope.section.section.heading}" announces ${announced} issues but lists ${issues.length}`, heading, 'issue-count-mismatch', 'info');
  }
  return issues;
}

function itemIssue(context: ExtractContext, scope: Scope, item: ListItem): Issue | null {
  const parts = listItemParts(item);
  const title = issueTitle(parts.lead ?? parts.text);
  if (COUNT_SUMMARY.test(title) || isFieldLead(parts.lead) || (parts.lead && METRIC_VALUE.test(parts.rest))) return null;
  if (title === '') {
    context.report('List item in an issues section has no title', item, 'issue-without-title');
    return null;
  }
  const fields = sourceFields(context.text, item.children.slice(1));
  const nested = blockText(item.children.slice(1));
  const detail = [parts.lead ? parts.rest : '', ...parts.extra, nested ?? ''].filter((t) => t.trim() !== '').join('\n');
  const checked = parts.checked === null ? null : parts.checked ? 'resolved' : 'open';
  return {
    id: '',
    title,
    detail: detail === '' ? null : detail,
    severity: fieldSeverity(fields) ?? prefixSeverity(parts.lead ?? parts.text) ?? scope.severity,
    category: scope.category,
    status: fieldStatus(fields) ?? checked ?? readIssueStatus(parts.text) ?? scope.status,
    identifiers: findIdentifiers([item]),
    sectionId: scope.section.section.id,
    position: position(item),
  };
}

function tableIssues(scope: Scope, nodes: readonly RootContent[]): Issue[] {
  return nodes.filter((n): n is Table => n.type === 'table').flatMap((table) => {
    const { keys, rows } = tableRecords(table);
    const titleAt = keys.findIndex((k) => ISSUE_COLUMNS.title.test(k));
    const severityAt = keys.findIndex((k) => ISSUE_COLUMNS.severity.test(k));
    const statusAt = keys.findIndex((k) => ISSUE_COLUMNS.status.test(k));
    if (titleAt === -1 || (severityAt === -1 && statusAt === -1)) return [];
    return rows.flatMap((row) => {
      const title = issueTitle(row.texts[titleAt] ?? '');
      if (title === '') return [];
      const detail = row.texts.map((t, i) => (i === titleAt || i === severityAt || i === statusAt || t === '' ? '' : `${keys[i] ?? ''}: ${t}`)).filter((t) => t !== '');
      return [{
        id: '',
        title,
        detail: detail.length > 0 ? detail.join('\n') : null,
        severity: readSeverity(row.texts[severityAt] ?? '') ?? scope.severity,
        category: scope.category,
        status: readIssueStatus(row.texts[statusAt] ?? '', true) ?? scope.status,
        identifiers: findIdentifiers([row.node]),
        sectionId: scope.section.section.id,
        position: position(row.node),
      }];
    });
  });
}

function headingIssue(context: ExtractContext, scope: Scope, parent: SectionContext | undefined): Issue {
  const s = scope.section;
  const fields = sourceFields(context.text, s.nodes);
  const heading = s.section.heading;
  const nodes: Node[] = s.heading ? [s.heading, ...s.nodes] : [...s.nodes];
  return {
    id: '',
    title: issueTitle(heading),
    detail: blockText(s.nodes),
    severity: fieldSeverity(fields) ?? prefixSeverity(heading) ?? (readSeverity(heading) ?? scope.severity),
    category: parent?.heading ? titleText(parent.section.heading) : null,
    status: fieldStatus(fields) ?? readIssueStatus(heading) ?? parentStatus(parent),
    identifiers: findIdentifiers(nodes),
    sectionId: s.section.id,
    position: s.section.position,
  };
}

function trackedIssue(tracked: TrackedIdentifier, s: SectionContext): Issue {
  const category = s.heading ? titleText(s.section.heading) : null;
  return {
    id: '',
    title: tracked.identifier,
    detail: listItemParts(tracked.item).rest || null,
    severity: 'unknown',
    category,
    status: tracked.status,
    identifiers: [tracked.identifier],
    sectionId: s.section.id,
    position: position(tracked.item),
  };
}

function parentStatus(parent: SectionContext | undefined): IssueStatus {
  return parent ? (readIssueStatus(parent.section.heading) ?? 'open') : 'open';
}

function issueTitle(text: string): string {
  return titleText(text).replace(SEVERITY_PREFIX, '').trim();
}

function prefixSeverity(text: string): Severity | null {
  const match = SEVERITY_PREFIX.exec(titleText(text));
  return match ? readSeverity(match[1] ?? '') : null;
}

function fieldSeverity(fields: readonly SourceField[]): Severity | null {
  const field = fields.find((f) => /^(severity|priority|criticality)$/.test(f.key));
  return field ? readSeverity(field.value) : null;
}

function fieldStatus(fields: readonly SourceField[]): IssueStatus | null {
  const field = fields.find((f) => /^(status|state|resolution status)$/.test(f.key));
  return field ? readIssueStatus(field.value, true) : null;
}
