import type { Target } from '../../model/types.js';
import { GOAL_VERBS } from '../policy/goalVerbs.js';
import { readTarget } from './readTarget.js';

/** the most words a goal's metric name or its trailing words have: more is a sentence, not a goal */
const MAX_WORDS = 6;
const VERB = new RegExp(`^(${GOAL_VERBS.map((v) => v.verb).join('|')})\\s+`, 'i');
/** a goal verb at the start of raw item text, after emphasis or a marker: the cheap test before reading */
export const GOAL_START = new RegExp(`^[^\\p{L}\\d]{0,6}(?:${GOAL_VERBS.map((v) => v.verb).join('|')})\\s`, 'iu');
/** ` to `, or ` down to ` / ` up to ` after a direction word, between the name and the target */
const TO = /\s+(?:down\s+|up\s+)?to\s+/gi;

/**
 * A list item that states a metric's goal (`Enhance cache utilization to 90%+`,
 * `Maintain >95% compliance across full codebase`): the metric's name and its
 * target, or null. The item is one line without a colon.
 */
export function readGoalItem(text: string): { name: string; target: Target } | null {
  const verb = VERB.exec(text);
  if (!verb?.[1]) return null;
  const down = GOAL_VERBS.find((v) => v.verb === verb[1]?.toLowerCase())?.down ?? false;
  const after = verb[0].length;
  // `Maintain >95% compliance across full codebase`: the target first, then the name
  const first = readTarget(text, after);
  if (first) return named(text.slice(first.end), first.value, down);
  TO.lastIndex = after;
  const to = TO.exec(text);
  if (!to) return null;
  const target = readTarget(text, to.index + to[0].length, true);
  if (!target || words(text.slice(target.end)) > MAX_WORDS - 2) return null;
  return named(text.slice(after, to.index), target.value, down);
}

function named(rest: string, target: Target, down: boolean): { name: string; target: Target } | null {
  const name = rest.replace(/[.;,]+$/, '').trim();
  if (name === '' || /^\d/.test(name) || words(name) > MAX_WORDS) return null;
  const unwritten = /^[~≈]?\d/.test(target.raw) && !target.raw.includes('+');
  return { name, target: down && unwritten && target.value !== 0 ? { ...target, comparator: '<=' } : target };
}

function words(text: string): number {
  const t = text.trim();
  return t === '' ? 0 : t.split(/\s+/).length;
}
