import type { Mark } from '../../model/types.js';
import { CALLOUT_KEYS } from '../policy/calloutKeys.js';
import { META_KEYS } from '../policy/metaKeys.js';
import { cleanText } from './cleanText.js';
import { keyValueLine } from './keyValueLine.js';
import { parseMeasure, type Measure } from './parseMeasure.js';
import { readMark } from './readMark.js';

export interface MetricLine {
  name: string;
  measure: Measure;
  mark: Mark | null;
  /** the status word as written, e.g. "achieved" */
  status: string | null;
}

/** list markers, task boxes, emoji and their stand-ins before a key: `- ✅ **Key**:`, `1. [OK] Key:` */
const LEAD = /^\s*(?:#{1,6}\s+)?(?:[-*+]\s+|\d+[.)]\s+)?(?:\[[ xX]\]\s+)?(?:(?:[\p{Extended_Pictographic}\u{FE0F}\u{200D}]+|\[(?:U\+[0-9A-F]{4,6}|[A-Z]{2,12})\])\s*)*/u;
/** `Label: value` without bold, where a plain label is allowed (list items, headings) */
const PLAIN = /^((?:`[^`\n]{1,60}`|[\p{L}][^:\n]{0,58}?))\s*:\s+(\S.*)$/u;
/** a line in bold from end to end, key inside: `**NASA Compliance: 85% (Requires: >=90%)**` */
const WHOLLY_BOLD = /^\*\*([^*\n]+)\*\*\s*$/;
/** code spans are identifiers and paths, never quantities */
const CODE = /`[^`\n]*`/g;
const MARKDOWN = /\*\*|__|`|\\$/g;
/** links, bare numbers, an open parenthesis, and source locations (`Line 325-342`): no metric names */
const NOT_A_NAME = /https?$|\]\(|^\d+$|\([^)]*$|^lines?\s+\d/i;
/** a value that clearly means to state a target but is not read: `<TBD`, `Target: high` */
const TARGET_HINT = /^\s*[<>≤≥]=?\s*[^\d\s~.]|\btarget\s*:\s*[^\d\s~.<>≤≥+-]/iu;
const META = Object.values(META_KEYS);

/**
 * A metric written as one line: `**Key**: value`, `KEY: value`, or (when
 * `plainLabels`) `Key: value`, whose value holds a quantity, a target or a
 * before/after. Null when the line is no such line; 'unreadable' when its
 * value hints at a target that cannot be read.
 */
export function readMetricLine(line: string, plainLabels: boolean): MetricLine | 'unreadable' | null {
  if (!line.includes(':')) return null; // every key/value form has its colon
  const text = hasNoLead(line) ? line : line.replace(LEAD, '');
  const whole = WHOLLY_BOLD.exec(text)?.[1];
  const pair = whole === undefined ? (keyValueLine(text) ?? (plainLabels ? plainPair(text) : null)) : plainPair(whole);
  if (!pair) return null;
  // the name is checked first: metadata lines (`**Date**: 2025-01-27`) hold numbers that need no reading
  const name = cleanText(pair.key.replace(MARKDOWN, '')).replace(/:$/, '').trim();
  const lower = name.toLowerCase();
  if (name === '' || NOT_A_NAME.test(name) || META.some((key) => key.test(lower)) || CALLOUT_KEYS.includes(lower)) return null;
  const value = pair.value.replace(CODE, ' ').replace(MARKDOWN, '').split(/\s{2,}/).map(cleanText).join('  ');
  const measure = parseMeasure(value);
  if (!measure) return TARGET_HINT.test(value) ? 'unreadable' : null;
  const mark = readMark(line);
  const status = measure.status?.text ?? (mark ? remarkStatus(value) : null);
  const fallback: Mark | null = measure.status ? (measure.status.met ? 'done' : 'failed') : null;
  return { name, measure, mark: mark ?? fallback, status };
}

/** A line that starts with a letter, or with `*` not followed by a space (bold, not a bullet), has nothing for LEAD to take. */
function hasNoLead(line: string): boolean {
  const c = line.charCodeAt(0);
  if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return true;
  const next = line.charCodeAt(1);
  return c === 42 && next === 42;
}

function plainPair(text: string): { key: string; value: string } | null {
  const match = PLAIN.exec(text);
  if (!match?.[1] || !match[2] || match[1].split(/\s+/).length > 8) return null;
  return { key: match[1], value: match[2].replace(/\\$/, '').trim() };
}

/** a closing remark in words, no number: `<0.3% budget violations (needs fixing)` */
const REMARK = /\(([\p{L}][\p{L} '-]{0,38})\)\s*$/u;
/** the most words a status remark has: a longer parenthesis is commentary */
const REMARK_WORDS = 3;

/**
 * On a line that carries a status mark, a closing parenthesised remark in a few
 * words states that status in words (`🔄 **Performance**: <0.3% (needs fixing)`).
 */
function remarkStatus(value: string): string | null {
  const remark = REMARK.exec(value)?.[1]?.trim();
  return remark && remark.split(/\s+/).length <= REMARK_WORDS ? remark : null;
}
