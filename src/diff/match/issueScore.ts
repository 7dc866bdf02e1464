import type { Issue } from '../../model/types.js';
import { IDENTIFIER_WEIGHT } from '../policy/matching.js';
import { similarity } from './similarity.js';
import { tokenSet } from './tokenSet.js';

/**
 * How likely two issues are the same one, 0..1: title likeness, lifted by
 * shared identifiers ("Import Dependencies: Missing `API_TIMEOUT_SECONDS`" and
 * "API_TIMEOUT_SECONDS: Fixed" share one and score 0.95). Identifiers count as
 * shared when one issue's set contains the other's (overlap coefficient).
 */
export function issueScore(older: Issue, newer: Issue): number {
  const title = similarity(tokenSet(older.title), tokenSet(newer.title));
  const a = identifierSet(older);
  const b = identifierSet(newer);
  if (a.size === 0 || b.size === 0) return title;
  let shared = 0;
  for (const id of a) if (b.has(id)) shared += 1;
  const ids = shared / Math.min(a.size, b.size);
  return Math.round(Math.max(title, IDENTIFIER_WEIGHT * ids + (1 - IDENTIFIER_WEIGHT) * title) * 1000) / 1000;
}

function identifierSet(issue: Issue): Set<string> {
  return new Set(issue.identifiers.map((id) => id.replace(/`/g, '').trim().toLowerCase()).filter((id) => id !== ''));
}
