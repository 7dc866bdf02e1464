import { PAIRED_LINE_ROLES } from '../../policy/pairedLines.js';
import { normalizeKey } from '../../text/normalizeKey.js';
import { readTarget } from '../../text/readTarget.js';
import type { Found } from './types.js';

/**
 * Merge `**Current X**: a` and `**Target X**: b` on adjacent lines of one
 * section (either order) into one metric X with current a and target b.
 * Other metrics pass through unchanged, in order.
 */
export function pairLines(found: readonly Found[]): Found[] {
  const out: Found[] = [];
  for (let i = 0; i < found.length; i++) {
    const first = found[i];
    const second = found[i + 1];
    const merged = first && second ? merge(first, second) : null;
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
