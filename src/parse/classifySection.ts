import type { SectionKind } from '../model/types.js';
import { SECTION_KINDS } from './policy/sectionKinds.js';
import { normalizeKey } from './text/normalizeKey.js';

/**
 * The kind a heading names by its own words, or null when it names none.
 * Words in parentheses are asides (`Theater Score: 0% (Target: <20%)`) and do not count.
 */
export function classifySection(heading: string): SectionKind | null {
  const key = normalizeKey(heading.replace(/\([^()]*\)/g, ' '));
  for (const row of SECTION_KINDS) {
    if (row.pattern.test(key)) return row.kind;
  }
  return null;
}
