import type { Node } from 'unist';
import type { Issue, IssueStatus, Position, Severity } from '../../../model/types.js';
import { SEVERITY_PREFIX } from '../../policy/severities.js';
import { findIdentifiers } from '../../text/findIdentifiers.js';
import { readSeverity } from '../../text/readSeverity.js';
import { titleText } from '../../text/titleText.js';

/** An issue as read, and where it was read: a status line in a code block may restate one in prose. */
export interface Draft {
  issue: Issue;
  /** 'code' for a status line of a fenced block, else 'prose' */
  form: 'code' | 'prose';
}

export interface DraftFields {
  title: string;
  detail: string | null;
  severity: Severity;
  status: IssueStatus;
  category: string | null;
  sectionId: string;
  position: Position;
  nodes: readonly Node[];
}

export function draft(fields: DraftFields, form: Draft['form'] = 'prose'): Draft {
  const { title, detail, severity, category, status, sectionId, position, nodes } = fields;
  return { form, issue: { id: '', title, detail, severity, category, status, identifiers: findIdentifiers(nodes), sectionId, position } };
}

/** A title as shown: decoration and status words removed, a leading severity (`HIGH: `) cut. */
export function issueTitle(text: string): string {
  const title = titleText(text).replace(SEVERITY_PREFIX, '').trim();
  // "Math.random() ID Generation ❌ → ✅": the arrow led to a marker, not to more title
  const dangling = ['→', '->'].find((arrow) => title.endsWith(arrow));
  return dangling ? title.slice(0, -dangling.length).trim() : title;
}

/** The severity a leading `CRITICAL:` / `HIGH -` of a title states. */
export function prefixSeverity(text: string): Severity | null {
  const match = SEVERITY_PREFIX.exec(titleText(text));
  return match ? readSeverity(match[1] ?? '') : null;
}

/** A severity a title states on its own, after its name: `MOCK THEATER - CRITICAL`, `Hardcoded Paths (Critical)`, `X - HIGH SEVERITY`. */
const SEVERITY_SUFFIX = /(?:[-–—:]\s*|\()(critical|high|medium|low|minor|blocking)(?:\s+(?:severity|priority))?\)?\s*$/i;

/** The severity a title states as a word of its own (prefix or suffix), not one of its nouns ("Compilation Blockers"). */
export function statedSeverity(text: string): Severity | null {
  const title = titleText(text);
  const suffix = SEVERITY_SUFFIX.exec(title);
  return prefixSeverity(title) ?? (suffix ? readSeverity(suffix[1] ?? '') : null);
}
