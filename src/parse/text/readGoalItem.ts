import type { Target } from '../../model/types.js';
import { GOAL_VERBS } from '../policy/goalVerbs.js';
import { readTarget } from './readTarget.js';
import { trimEndOf } from '../../util/textRuns.js';

/** the most words a goal's metric name or its trailing words have: more is a sentence, not a goal */
const MAX_WORDS = 6;
const VERB = new RegExp(`^(${GOAL_VERBS.map((v) => v.verb).join('|')})\\s+`, 'i');
/** a goal verb at the start of raw item text, after emphasis or a marker: the cheap test before reading */
export const GOAL_START = new RegExp(`^[^\\p{L}\\d]{0,6}(?:${GOAL_VERBS.map((v) => v.verb).join('|')})\\s`, 'iu');

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
  const to = findTo(text, after);
  if (!to) return null;
  const target = readTarget(text, to.targetStart, true);
  if (!target || words(text.slice(target.end)) > MAX_WORDS - 2) return null;
  return named(text.slice(after, to.nameEnd), target.value, down);
}

function named(rest: string, target: Target, down: boolean): { name: string; target: Target } | null {
  const name = trimEndOf(rest, '.;,').trim();
  if (name === '' || /^\d/.test(name) || words(name) > MAX_WORDS) return null;
  const unwritten = /^[~≈]?\d/.test(target.raw) && !target.raw.includes('+');
  return { name, target: down && unwritten && target.value !== 0 ? { ...target, comparator: '<=' } : target };
}

function words(text: string): number {
  const t = text.trim();
  return t === '' ? 0 : t.split(/\s+/).length;
}

const SPACE = /\s/;

/**
 * The first word ` to ` at or after `from` (also ` down to ` / ` up to `): where
 * the name ends and where the target starts. A scan, no backtracking.
 */
function findTo(text: string, from: number): { nameEnd: number; targetStart: number } | null {
  const lower = text.toLowerCase();
  for (let at = lower.indexOf('to', from); at !== -1; at = lower.indexOf('to', at + 2)) {
    if (at === 0 || !SPACE.test(lower.charAt(at - 1)) || !SPACE.test(lower.charAt(at + 2))) continue;
    let nameEnd = at;
    while (nameEnd > from && SPACE.test(lower.charAt(nameEnd - 1))) nameEnd--;
    for (const direction of ['down', 'up']) {
      const start = nameEnd - direction.length;
      if (start > from && lower.slice(start, nameEnd) === direction && SPACE.test(lower.charAt(start - 1))) {
        nameEnd = start;
        while (nameEnd > from && SPACE.test(lower.charAt(nameEnd - 1))) nameEnd--;
      }
    }
    let targetStart = at + 2;
    while (targetStart < text.length && SPACE.test(text.charAt(targetStart))) targetStart++;
    return { nameEnd, targetStart };
  }
  return null;
}
