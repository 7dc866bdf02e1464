import type { IssueStatus, SectionKind, Severity } from '../../../model/types.js';
import type { SectionContext } from '../../context.js';
import { ISSUE_CONTAINERS, PASS_MARKERS, PROBLEM_LIST, PROBLEM_MARKERS, SINGLE_PROBLEM, TOPIC_PHRASES, CODE_NAME, type ContainerRole } from '../../policy/issueEvidence.js';
import { earliestToken } from '../../text/earliestToken.js';
import { cleanText } from '../../text/cleanText.js';
import { normalizeKey } from '../../text/normalizeKey.js';
import { readIssueStatus } from '../../text/readIssueStatus.js';
import { readSeverity } from '../../text/readSeverity.js';

/** What a heading or a list's intro line says about the items under it. */
export interface Container {
  /** 'issues' when it names a problem list, 'summary' / 'other' when it names something else, null when it names nothing */
  role: ContainerRole | null;
  /** the status items take when they state none */
  status: IssueStatus | null;
  severity: Severity | null;
  /** true when words named the role, false when only a marker did (`### Overall: FAILED ❌`) */
  byWords?: boolean;
}

/** Longest heading or label text the container words are tested on (they are short; a paragraph is no label). */
const MAX_LABEL = 160;

/**
 * What a heading or label names: the first ISSUE_CONTAINERS row its words
 * match, else a problem list when it carries a failure or warning marker
 * (`#### [WARN] Production Considerations:`), else nothing.
 */
export function containerOf(text: string): Container {
  const name = namePart(text.slice(0, MAX_LABEL));
  // words in parentheses are asides: "CLI Integration (75% - Minor Unicode Issue)" names no problem list
  const key = normalizeKey(withoutCodeNames(name.replace(/\([^()]*\)/g, ' ').replace(TOPIC_PHRASES, ' ')));
  const row = ISSUE_CONTAINERS.find((r) => r.pattern.test(key));
  const severity = readSeverity(text);
  if (row) {
    const written = readIssueStatus(text);
    // a problem list marked ⚠️ / [WARN] lists warnings; a 🔴 on it names a severity, not that its items are blocked
    const status = row.status ?? (written === 'resolved' || written === 'in-progress' || written === 'warning' ? written : null);
    // "### 5. Error Handling & Recovery ✅ EXCELLENT": a passed heading names a topic, not a list of problems
    if (row.role === 'issues' && row.status === null && written === 'resolved' && earliestToken(text, PASS_MARKERS) && !earliestToken(text, PROBLEM_MARKERS)) return { role: null, status: null, severity };
    return { role: row.role, status, severity: row.role === 'issues' ? severity : null, byWords: true };
  }
  const marker = earliestToken(text, PROBLEM_MARKERS);
  // "### ⚠️ Overall System: NEAR PRODUCTION READY" states a status; its bullets are status lines
  if (marker && name === text.slice(0, MAX_LABEL)) return { role: 'issues', status: marker.status, severity };
  return { role: null, status: null, severity };
}

/** `Overall Assessment: **CRITICAL FAILURE**`: the name before a value written in capitals; the value is a grade, not what the section lists. */
function namePart(text: string): string {
  const colon = text.indexOf(':');
  if (colon < 3) return text;
  const value = cleanText(text.slice(colon + 1)).replace(/[*_`]/g, '');
  return value !== '' && !/[a-z]/.test(value) && /[A-Z]{3}/.test(value) ? text.slice(0, colon) : text;
}

/** Section kinds whose own items are measurements, criteria, plans or risks: a marked item there is no issue. */
export const NOT_ISSUE_KINDS: ReadonlySet<SectionKind> = new Set(['metrics', 'gates', 'readiness', 'risks', 'actions', 'steps', 'verdict']);

/** The container facts of every section, read once: own words and the nearest ancestors'. */
export interface SectionFacts {
  readonly context: SectionContext;
  readonly own: Container;
  readonly parent: SectionFacts | null;
}

export function sectionFacts(sections: readonly SectionContext[]): Map<string, SectionFacts> {
  const facts = new Map<string, SectionFacts>();
  for (const s of sections) {
    const parent = s.section.parentId === null ? null : (facts.get(s.section.parentId) ?? null);
    const read = s.heading && s.section.depth > 1 ? containerOf(s.section.heading) : { role: null, status: null, severity: null };
    // "### Other Concerns" under "## Risk Assessment" lists risks, read by the risk extractor
    const risks = s.section.kind === 'risks' && s.ownKind !== 'issues';
    const own: Container = risks ? { role: 'other', status: null, severity: null } : read;
    facts.set(s.section.id, { context: s, own, parent });
  }
  return facts;
}

/**
 * The container a section's items are in: its own heading's, else (when its
 * heading names no kind at all) its parent's. Severity and a resolved or
 * in-progress status are inherited from the nearest issue heading above.
 */
export function effectiveContainer(facts: SectionFacts): Container {
  const named = facts.own.role !== null || facts.context.section.heading === '' ? facts.own : inherited(facts);
  let severity = named.role === 'issues' ? named.severity : null;
  let status = named.status;
  for (let at = facts.parent; at && named.role === 'issues' && (severity === null || status === null); at = at.parent) {
    if (at.own.role === 'other' || at.own.role === 'summary') break;
    if (at.own.role !== 'issues') continue;
    severity ??= at.own.severity;
    if (at.own.status === 'resolved' || at.own.status === 'in-progress') status ??= at.own.status;
  }
  return { role: named.role, status, severity };
}

function inherited(facts: SectionFacts): Container {
  const parent = facts.parent;
  const kind = facts.context.ownKind;
  // "#### Tasks" under a blocker names a plan: it does not inherit the problem list
  if (!parent || parent.own.role !== 'issues' || (kind !== null && kind !== 'issues' && kind !== 'status')) return facts.own;
  // under "Blocker 1.1: Test Suite Failure", "#### Pre-Conditions" is a facet of one problem, not a list of problems
  if (!namesProblems(parent.context.section.heading)) return facts.own;
  const written = readIssueStatus(facts.context.section.heading);
  const status = written === 'resolved' || written === 'in-progress' ? written : parent.own.status;
  return { role: 'issues', status, severity: facts.own.severity ?? parent.own.severity };
}

/** Whether a heading names several problems ("Critical Fixes", "Open Issues"), not one ("Blocker 1.3: Security Fixes"). */
export function namesProblems(heading: string): boolean {
  const key = normalizeKey(heading);
  return PROBLEM_LIST.test(key) && !SINGLE_PROBLEM.test(key);
}

/** The text without its code-name words (see CODE_NAME). */
function withoutCodeNames(text: string): string {
  // a code name has an underscore inside a word or a file extension: most headings have neither
  if (!text.includes('_') && !text.includes('.')) return text;
  return text
    .split(' ')
    .filter((word) => !CODE_NAME.test(word))
    .join(' ');
}
