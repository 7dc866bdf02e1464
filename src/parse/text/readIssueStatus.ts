import type { IssueStatus } from '../../model/types.js';
import { ISSUE_STATUS_MARKERS, ISSUE_STATUS_WORDS } from '../policy/issueStatuses.js';
import { earliestToken } from './earliestToken.js';

const PARENTHESISED = /\(([^()]{2,40})\)/g;
const TRAILING = /(?:[-–—:]\s+|\s)((?:now |fully |partially )?(?:resolved|fixed|closed|done|complete[d]?|blocked|in progress|pending|open|remediated|implemented))\W*$/i;

/**
 * The status an issue's text states: a marker anywhere (✅ ❌ 🔄 🔴, `[OK]`),
 * else a status word in parentheses (`(NOW RESOLVED)`) or at the end
 * (`- FIXED`). With `whole`, the text is a status value (`**Status**: Fixed`)
 * and its words count wherever they are. Null when it states none.
 */
export function readIssueStatus(text: string, whole = false): IssueStatus | null {
  const marker = earliestToken(text, ISSUE_STATUS_MARKERS);
  if (marker) return marker.status;
  const parts = whole ? [text] : [...text.matchAll(PARENTHESISED)].map((m) => m[1] ?? '');
  if (!whole) parts.push(TRAILING.exec(text)?.[1] ?? '');
  for (const part of parts) {
    const hit = part === '' ? undefined : ISSUE_STATUS_WORDS.find((w) => w.pattern.test(part));
    if (hit) return hit.status;
  }
  return null;
}
