import type { Action } from '../../model/types.js';
import { normalizeKey } from '../../parse/text/normalizeKey.js';
import { OTHER_OWNER_FACTOR, SAME_OWNER_SCORE } from '../policy/matching.js';
import { titleScore } from './titleScore.js';

/**
 * How likely two actions are the same assignment, 0..1, from the likeness of
 * their text (title and tasks): with the same owner the score runs from
 * SAME_OWNER_SCORE up to 1 with the text; with other owners it is the text
 * likeness times OTHER_OWNER_FACTOR.
 */
export function actionScore(older: Action, newer: Action): number {
  const text = titleScore(textOf(older), textOf(newer));
  const score = normalizeKey(older.owner) === normalizeKey(newer.owner) ? SAME_OWNER_SCORE + (1 - SAME_OWNER_SCORE) * text : OTHER_OWNER_FACTOR * text;
  return Math.round(score * 1000) / 1000;
}

function textOf(action: Action): string {
  return [action.title ?? '', ...action.tasks.map((t) => t.text)].join(' ');
}
