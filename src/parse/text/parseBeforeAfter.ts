import type { Quantity } from '../../model/types.js';
import { readQuantity, type Read } from './readQuantity.js';

export interface BeforeAfter {
  before: Quantity;
  after: Quantity | null;
  /** where the before/after text starts and ends in the input */
  start: number;
  end: number;
}

/** `from 74 to 70 files`, `A -> B`, `A → B`, `A => B`, `(104  7 files)` (arrow removed), `Improved from 78`. */
const FROM_TO = /\bfrom\s+(?=\S)/giu;
const TO = /\s*(?:to|->|→|=>|⟶|➡️?)\s*/iy;
const ARROW = /\s*(?:->|→|=>|⟶|➡️?)\s*|\s{2,}/y;
/** Every ARROW link holds one of these: text without one is not scanned. */
const ARROW_HINT = /->|→|=>|⟶|➡|\s{2}/u;
const NUMBER_START = /(?<![\p{L}\d_.])[~≈<>≤≥+\-−]?\d/gu;
const RANGE_CUE = /\b(?:var(?:y|ies|ying)|rang(?:e|es|ing)|between|anywhere)\s+$/i;
const CHANGE_CUE = /\b(?:improved|improving|improvement|up|down|reduced|reducing|reduction|increased|decreased|dropped|rose|fell|grew|changed|was|went)\s+$|[↑↓▲▼]\s?\d+(?:\.\d+)?\s+$/iu;
/** the longest label between `from` and its value: `from Phase 2: 87/100` */
const LABEL_SPAN = 24;

/**
 * The before and after values a text states, or null. A bare `from X` counts
 * only after a change word (`Improved from 78`); then `after` is null.
 */
export function parseBeforeAfter(text: string): BeforeAfter | null {
  return fromTo(text) ?? arrow(text);
}

function fromTo(text: string): BeforeAfter | null {
  FROM_TO.lastIndex = 0;
  for (let m = FROM_TO.exec(text); m; m = FROM_TO.exec(text)) {
    const head = text.slice(0, m.index);
    if (RANGE_CUE.test(head)) continue;
    const before = readQuantity(text, m.index + m[0].length) ?? labelledBefore(text, m.index + m[0].length);
    if (!before) continue;
    TO.lastIndex = before.end;
    const to = TO.exec(text);
    const after = to ? readQuantity(text, before.end + to[0].length) : null;
    if (after) return { before: unitFrom(before.value, after.value), after: after.value, start: m.index, end: after.end };
    if (CHANGE_CUE.test(head)) return { before: before.value, after: null, start: m.index, end: before.end };
  }
  return null;
}

function arrow(text: string): BeforeAfter | null {
  if (!ARROW_HINT.test(text)) return null;
  NUMBER_START.lastIndex = 0;
  for (let m = NUMBER_START.exec(text); m; m = NUMBER_START.exec(text)) {
    const before = readQuantity(text, m.index);
    if (!before) continue;
    ARROW.lastIndex = before.end;
    const link = ARROW.exec(text);
    const after = link ? readQuantity(text, before.end + link[0].length) : null;
    if (after) return chain(text, before, after);
    NUMBER_START.lastIndex = Math.max(NUMBER_START.lastIndex, before.end);
  }
  return null;
}

/**
 * `24→87→89/100`: the last value is the after, the one just before it the
 * before (the value it changed from); the text still spans the whole chain.
 */
function chain(text: string, first: Read<Quantity>, second: Read<Quantity>): BeforeAfter {
  let before = first;
  let after = second;
  for (;;) {
    ARROW.lastIndex = after.end;
    const link = ARROW.exec(text);
    const next = link ? readQuantity(text, after.end + link[0].length) : null;
    if (!next) break;
    before = after;
    after = next;
  }
  return { before: unitFrom(before.value, after.value), after: after.value, start: first.start, end: after.end };
}

/** `from Phase 2: 87/100`: a short label, its colon, then the value it had there */
function labelledBefore(text: string, at: number): Read<Quantity> | null {
  const colon = text.indexOf(':', at);
  if (colon === -1 || colon - at > LABEL_SPAN || /[()[\],;]/.test(text.slice(at, colon))) return null;
  let from = colon + 1;
  while (text[from] === ' ') from++;
  return readQuantity(text, from);
}

/** `from 74 to 70 files`: the before value takes the after value's unit when it has none. */
function unitFrom(before: Quantity, after: Quantity): Quantity {
  return before.unit === null && after.unit !== null ? { ...before, unit: after.unit } : before;
}
