import type { Issue } from '../../model/types.js';
import { IDENTIFIER_WEIGHT } from '../policy/matching.js';
import { similarity } from './similarity.js';
import { tokenSet } from './tokenSet.js';

/**
 * How likely two issues are the same one, 0..1. The text score is the title
 * likeness, averaged with the likeness of title plus detail when both issues
 * have a detail ("Test Environment: configuration failures" is not "Test
 * Infrastructure: Python tests blocked"). Shared identifiers lift it:
 * "Import Dependencies: Missing `API_TIMEOUT_SECONDS`" and
 * "API_TIMEOUT_SECONDS: Fixed" score 0.8 or more. Identifiers count as
 * shared when one issue's set contains the other's (overlap coefficient).
 */
export function issueScore(older: Issue, newer: Issue): number {
  const text = textScore(older, newer);
  const a = identifierSet(older);
  const b = identifierSet(newer);
  if (a.size === 0 || b.size === 0) return text;
  let shared = 0;
  for (const id of a) if (b.has(id)) shared += 1;
  const ids = shared / Math.min(a.size, b.size);
  return round(Math.max(text, IDENTIFIER_WEIGHT * ids + (1 - IDENTIFIER_WEIGHT) * text));
}

function textScore(older: Issue, newer: Issue): number {
  const title = similarity(tokenSet(older.title), tokenSet(newer.title));
  if (older.detail === null || newer.detail === null) return title;
  const full = similarity(tokenSet(`${older.title} ${older.detail}`), tokenSet(`${newer.title} ${newer.detail}`));
  return round((title + full) / 2);
}

function identifierSet(issue: Issue): Set<string> {
  return new Set(issue.identifiers.map((id) => id.replace(/`/g, '').trim().toLowerCase()).filter((id) => id !== ''));
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
