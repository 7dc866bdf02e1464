import type { IssueStatus } from '../../model/types.js';

/**
 * How an issue's status is written. Markers are matched as substrings of the
 * raw text (first one found wins); words are matched against cleaned text,
 * in order, the specific phrases before the general ones.
 */
export const ISSUE_STATUS_MARKERS: ReadonlyArray<{ status: IssueStatus; tokens: readonly string[] }> = [
  { status: 'resolved', tokens: ['✅', '✔️', '✔', '☑️', '[OK]', '[DONE]', '[FIXED]', '[RESOLVED]', '[U+2705]', '[x]', '[X]'] },
  { status: 'in-progress', tokens: ['🔄', '⏳', '🚧', '[IN PROGRESS]', '[WIP]', '[U+1F504]'] },
  { status: 'blocked', tokens: ['🔴', '⛔', '🛑', '🚫', '[BLOCKED]', '[U+1F534]'] },
  { status: 'warning', tokens: ['⚠️', '⚠', '[WARN]', '[WARNING]', '[U+26A0]'] },
  { status: 'open', tokens: ['❌', '✗', '✘', '[FAIL]', '[FAILED]', '[ ]', '[U+274C]'] },
];

/** Status words: `(NOW RESOLVED)`, `(FIXED)`, `- RESOLVED`, `**Status**: In progress`. */
export const ISSUE_STATUS_WORDS: ReadonlyArray<{ status: IssueStatus; pattern: RegExp }> = [
  { status: 'open', pattern: /\b(not (yet )?(resolved|fixed|addressed|implemented)|unresolved|still open|reopened)\b/i },
  { status: 'in-progress', pattern: /\b(partially (fixed|resolved|implemented|addressed|complete[d]?)|being fixed)\b/i },
  { status: 'resolved', pattern: /\b(now resolved|resolved|fixed|closed|remediated|eliminated|addressed|done|complete[d]?|implemented)\b/i },
  { status: 'in-progress', pattern: /\b(in progress|in-progress|ongoing|underway)\b/i },
  { status: 'blocked', pattern: /\b(blocked|on hold)\b/i },
  { status: 'open', pattern: /\b(open|pending|todo|not started|outstanding|active|remaining|fail(ed)?)\b/i },
  { status: 'warning', pattern: /\b(warn(ing)?|degraded)\b/i },
];

/**
 * Status words written in a title that are not part of the issue's name:
 * stripped before the title is shown and hashed into the issue id.
 */
export const TITLE_STATUS_NOISE: readonly RegExp[] = [
  /\((?:now |fully |partially |properly )?(?:resolved|fixed|closed|done|complete[d]?|open|blocked|in progress|pending|remediated|implemented)\)/gi,
  /\s[-–—]\s+(?:now |fully |partially |properly )?(?:resolved|fixed|closed|done|complete[d]?|blocked|in progress|pending|remediated|implemented)\s*$/gi,
];
