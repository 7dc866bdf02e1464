import type { Action } from '../../model/types.js';
import { normalizeKey } from '../../parse/text/normalizeKey.js';
import { OTHER_OWNER_FACTOR, SAME_OWNER_SCORE } from '../policy/matching.js';
import { titleScore } from './titleScore.js';

/**
 * How likely two actions are the same assignment, 0..1: the same owner
 * scores at least SAME_OWNER_SCORE; other owners only by a close title.
 */
export function actionScore(older: Action, newer: Action): number {
  const title = titleScore(older.title ?? '', newer.title ?? '');
  if (normalizeKey(older.owner) === normalizeKey(newer.owner)) return Math.max(SAME_OWNER_SCORE, title);
  return Math.round(title * OTHER_OWNER_FACTOR * 1000) / 1000;
}
