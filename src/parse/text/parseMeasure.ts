import type { Quantity, Target } from '../../model/types.js';
import { GATE_STATUS } from '../policy/gateStatus.js';
import { KEPT_LEVEL } from '../policy/comparators.js';
import { NUMBER_WORDS } from '../policy/units.js';
import { TARGET_CUE_WORDS } from '../policy/targetCues.js';
import { parseBeforeAfter } from './parseBeforeAfter.js';
import { readQuantity, type Read } from './readQuantity.js';
import { readTarget } from './readTarget.js';

/** What a metric value says: `>95% (currently ~60%)`, `Successful reduction from 74 to 70 files`, ... */
export interface Measure {
  target: Target | null;
  current: Quantity | null;
  before: Quantity | null;
  after: Quantity | null;
  /** a status word as written (`achieved`, `PASS`) and whether it says the target was met */
  status: { text: string; met: boolean } | null;
}

/** Every quantity, target and before/after holds a digit or a number word: text without one is skipped unread. */
const NUMERAL = new RegExp(['\\d', ...Object.keys(NUMBER_WORDS)].join('|'), 'i');
const SYMBOL_AFTER = /^\s?(?:[<>≤≥]=?)\s?\d/u;
const CURRENT_CUE = /\b(?:currently|current(?:\s+value)?\s*:|actual\s*:|now at|measured at|achieved)\s*(?:[a-z]+\s+){0,2}?(?=[~≈<>≤≥+\-−]?\d)/giu;
const TARGET_CUE = new RegExp(
  `\\b(?:${TARGET_CUE_WORDS.map((w) => w.replace(/ /g, '\\s+')).join('|')})\\s*(?:of|is|=|:)?\\s*(?=[~≈+\\-−]?\\d|[<>≤≥]=?\\s?\\d|[a-z ]{0,12}\\d)`,
  'giu',
);
/** `(<2s target)`, `(90% target)`, `≥92% requirement`: a value before the cue word, in parentheses or with a comparator */
const TARGET_AFTER = /\(\s*([^()\p{L}][^()]{0,23}?)\s+(?:target|requirement|threshold)\s*\)|(?<![\p{L}\d])((?:[<>≤≥]=?|at least|at most)\s*[^\s()]{1,16})\s+(?:target|requirement|threshold)\b/giu;

/**
 * Read a metric value (markdown already stripped). Null when it holds no
 * quantity, target or before/after: a value must start with a target or a
 * quantity, or state one through a cue (`(Target: 90%)`, `currently 60%`, `from A to B`).
 */
export function parseMeasure(text: string): Measure | null {
  if (!NUMERAL.test(text)) return null;
  const flat = text.replace(/\s+/g, ' ').trim();
  const change = parseBeforeAfter(text);
  const leadTarget = readTarget(flat, 0);
  const lead = leadTarget ? null : (readQuantity(flat, 0) ?? labelled(flat));
  const cued = cueCurrent(flat);
  const target =
    leadTarget?.value ?? cueTarget(flat) ?? (change ? null : targetAfter(flat, lead)) ?? (cued && lead ? bareTarget(flat) : null) ?? keptLevel(flat, lead);
  const current = cued ?? change?.after ?? lead?.value ?? null;
  if (!target && !current && !change) return null;
  const before = change && !change.after && change.before.unit === null && current ? { ...change.before, unit: current.unit } : (change?.before ?? null);
  return { target, current, before, after: change?.after ?? null, status: statusOf(flat) };
}

function cueTarget(text: string): Target | null {
  TARGET_CUE.lastIndex = 0;
  for (let m = TARGET_CUE.exec(text); m; m = TARGET_CUE.exec(text)) {
    const target = readTarget(text, m.index + m[0].length, true);
    if (target) return target.value;
  }
  TARGET_AFTER.lastIndex = 0;
  for (let m = TARGET_AFTER.exec(text); m; m = TARGET_AFTER.exec(text)) {
    const written = m[1] ?? m[2] ?? '';
    const target = readTarget(written, 0, true);
    if (target && target.end === written.length) return target.value;
  }
  return null;
}

/** `0 >= 60.0`: a value followed by the target it is held against */
function targetAfter(text: string, lead: Read<Quantity> | null): Target | null {
  if (!lead || !SYMBOL_AFTER.test(text.slice(lead.end, lead.end + 8))) return null;
  return readTarget(text, lead.end)?.value ?? null;
}

/** `0 (Currently 113+)`: with a current value cued, the leading bare value is the target */
function bareTarget(text: string): Target | null {
  return readTarget(text, 0, true)?.value ?? null;
}

function cueCurrent(text: string): Quantity | null {
  CURRENT_CUE.lastIndex = 0;
  for (let m = CURRENT_CUE.exec(text); m; m = CURRENT_CUE.exec(text)) {
    const current = readQuantity(text, m.index + m[0].length);
    if (current) return current.value;
  }
  return null;
}

function statusOf(text: string): Measure['status'] {
  for (const { met, pattern } of GATE_STATUS) {
    const hit = pattern.exec(text);
    if (hit) return { text: hit[0], met };
  }
  return null;
}

/** `ACCEPTABLE (72/100)`, `HIGH (85%+)`: a rating in capitals whose value follows in parentheses */
const LABELLED = /^[A-Z][A-Z -]{1,30}?\s*\(\s*(?=[~≈<>≤≥+\-−]?\d)/u;

function labelled(text: string): Read<Quantity> | null {
  const match = LABELLED.exec(text);
  return match ? readQuantity(text, match[0].length) : null;
}

/** `100% score maintained`: the value was the level to keep (`=`), and it is the current value too */
function keptLevel(text: string, lead: Read<Quantity> | null): Target | null {
  if (!lead || typeof lead.value.value !== 'number' || !KEPT_LEVEL.test(text)) return null;
  return { comparator: '=', value: lead.value.value, unit: lead.value.unit, raw: text };
}
