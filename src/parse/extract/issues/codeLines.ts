import type { Code } from 'mdast';
import { PASS_MARKERS, PROBLEM_MARKERS } from '../../policy/issueEvidence.js';
import { earliestToken } from '../../text/earliestToken.js';
import { draft, issueTitle, type Draft } from './draft.js';
import type { ListScope } from './listItems.js';

/** Longest code line read for a status (tool output lines are short; a longer one is code). */
const MAX_LINE = 240;
/** Where a shell or script comment starts on a command line: `npx tsc   # ⚠️ Syntax errors`. */
const COMMENT = /\s(?:#|\/\/)\s/;
/** `Subject: FAILED (why)`: a subject followed by a status written in capitals. */
const SUBJECT_STATUS = /^([^:]{2,60}):\s+([A-Z][A-Z -]{2,}\b.*)$/;

/**
 * Status lines inside a fenced block that report a problem: a failure or
 * warning marker opening the line (`[FAIL] Enhanced analyzer: FAILED (...)`,
 * `⚠️ Unicode errors`) or opening a comment after a command (`npx tsc  # ⚠️
 * Syntax errors (non-breaking)`). A line that passes (`[OK] ...`) is none.
 * `Subject: STATUS (why)` is titled by its subject.
 */
export function codeDrafts(scope: ListScope, code: Code): Draft[] {
  const start = code.position?.start.line;
  if (start === undefined || !earliestToken(code.value, PROBLEM_MARKERS)) return [];
  const drafts: Draft[] = [];
  code.value.split('\n').forEach((raw, i) => {
    if (raw.length > MAX_LINE) return;
    const text = statusText(raw);
    if (text === null) return;
    const marker = earliestToken(text, PROBLEM_MARKERS);
    if (!marker || earliestToken(text.slice(0, 12), PASS_MARKERS)) return;
    const plain = issueTitle(text);
    const subject = SUBJECT_STATUS.exec(plain);
    const title = subject?.[1] ? subject[1].trim() : plain;
    if (title === '') return;
    drafts.push(draft({
      title,
      detail: subject?.[2] ?? null,
      severity: scope.container.severity ?? 'unknown',
      category: scope.category(),
      status: marker.status,
      sectionId: scope.section.section.id,
      position: { line: start + 1 + i, column: 1 },
      nodes: [],
    }, 'code'));
  });
  return drafts;
}

/** The part of a code line that may be a status: the line itself when a marker opens it, else a marked comment. */
function statusText(raw: string): string | null {
  const line = raw.trim().replace(/^[-*]\s+/, '');
  if (line === '') return null;
  if (startsWithMarker(line)) return line;
  const comment = COMMENT.exec(line);
  if (!comment) return null;
  const after = line.slice(comment.index + comment[0].length).trim();
  return startsWithMarker(after) ? after : null;
}

function startsWithMarker(text: string): boolean {
  return PROBLEM_MARKERS.some((row) => row.tokens.some((t) => text.startsWith(t)));
}
