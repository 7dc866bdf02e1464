import type { Position } from '../../../model/types.js';
import { AFTER_KEYS, BEFORE_KEYS, LIMIT_KEYS, PAIRED_LINE_ROLES } from '../../policy/pairedLines.js';
import { cleanText } from '../../text/cleanText.js';
import { normalizeKey } from '../../text/normalizeKey.js';
import { readTarget } from '../../text/readTarget.js';
import type { Found } from './types.js';

/** the heading of a section that names a metric, and where it stands */
export interface Heading {
  heading: string;
  position: Position;
}

/**
 * Merge `**Current X**: a` and `**Target X**: b` on adjacent lines of one
 * section (either order) into one metric X with current a and target b.
 * `**BASELINE**: a` then `**RESULT**: b` become one metric named by the
 * section heading (and placed on it), before a and current b. `Maximum
 * Allowed: 100 files` next to `Total Found: 243 files` is the target of the
 * found count (LIMIT_KEYS). Other metrics pass through unchanged, in order.
 */
export function pairLines(found: readonly Found[], headingOf: (sectionId: string) => Heading | undefined): Found[] {
  const out: Found[] = [];
  for (let i = 0; i < found.length; i++) {
    const first = found[i];
    const second = found[i + 1];
    const merged = first && second ? (merge(first, second) ?? beforeAfter(first, second, headingOf) ?? limited(first, second)) : null;
    if (merged) {
      out.push(merged);
      i++;
    } else if (first) out.push(first);
  }
  return out;
}

function merge(a: Found, b: Found): Found | null {
  if (a.sectionId !== b.sectionId || b.position.line !== a.position.line + 1) return null;
  const [ra, rb] = [roleOf(a.name), roleOf(b.name)];
  if (!ra || !rb || ra.role === rb.role || normalizeKey(ra.rest) !== normalizeKey(rb.rest)) return null;
  const [now, goal] = ra.role === 'current' ? [a, b] : [b, a];
  const written = goal.measure.target ?? (goal.measure.current ? (readTarget(goal.measure.current.raw, 0, true)?.value ?? null) : null);
  if (!now.measure.current || !written) return null;
  const name = (ra.role === 'current' ? ra : rb).rest;
  return { ...now, name, measure: { ...now.measure, target: written }, mark: now.mark ?? goal.mark, status: now.status ?? goal.status, gate: now.gate || goal.gate, position: a.position };
}

function roleOf(name: string): { role: 'current' | 'target'; rest: string } | null {
  for (const row of PAIRED_LINE_ROLES) {
    const groups = row.pattern.exec(name.trim())?.groups;
    const rest = groups?.rest ?? groups?.rest2;
    if (rest) return { role: row.role, rest: rest.trim() };
  }
  return null;
}

function beforeAfter(a: Found, b: Found, headingOf: (sectionId: string) => Heading | undefined): Found | null {
  if (a.sectionId !== b.sectionId || b.position.line !== a.position.line + 1) return null;
  if (!BEFORE_KEYS.includes(a.name.toLowerCase()) || !AFTER_KEYS.includes(b.name.toLowerCase())) return null;
  const heading = headingOf(b.sectionId);
  // the heading as a name: markers and a leading item number dropped (`1. Compilation Performance ✅`)
  const name = cleanText(heading?.heading ?? '').replace(/^\d+[.)]\s+/, '');
  if (!heading || name === '' || !a.measure.current || !b.measure.current) return null;
  // placed on the heading, the line that shows its name
  return { ...b, name, measure: { ...b.measure, before: a.measure.current }, position: heading.position };
}

/** A limit line next to the measured line in the same unit, either order: the measured metric with the limit as its target. */
function limited(a: Found, b: Found): Found | null {
  if (a.sectionId !== b.sectionId || b.position.line !== a.position.line + 1) return null;
  const [la, lb] = [limitOf(a.name), limitOf(b.name)];
  if ((la === null) === (lb === null)) return null;
  const [limit, measured, comparator] = la ? [a, b, la] : [b, a, lb];
  const bound = limit.measure.current;
  const value = measured.measure.current;
  if (!bound || !value || measured.measure.target || bound.unit === null || bound.unit !== value.unit || typeof bound.value !== 'number') return null;
  const target = { comparator: comparator ?? '<=', value: bound.value, unit: bound.unit, raw: bound.raw };
  return { ...measured, measure: { ...measured.measure, target }, mark: measured.mark ?? limit.mark, gate: measured.gate || limit.gate };
}

function limitOf(name: string): '<=' | '>=' | null {
  const key = normalizeKey(name);
  return LIMIT_KEYS.find((row) => row.pattern.test(key))?.comparator ?? null;
}
