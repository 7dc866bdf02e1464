import type { SectionChange } from '../model/diffSchema.js';
import type { Report, Section } from '../model/types.js';
import { normalizeKey } from '../parse/text/normalizeKey.js';
import { mapPairing } from './match/mapPairing.js';
import { pairItems } from './match/pairItems.js';
import { titleScore } from './match/titleScore.js';
import { MATCH_THRESHOLDS } from './policy/matching.js';

/**
 * Sections added or removed: sections pair by normalised heading (emoji,
 * numbering and punctuation ignored), then by near-identical heading; the
 * unpaired ones are listed. The preamble (no heading) is not a section here.
 */
export function diffSections(older: Report, newer: Report): SectionChange[] {
  const headed = (report: Report): Section[] => report.sections.filter((s) => s.depth > 0);
  const pairing = pairItems(headed(older), headed(newer), {
    olderId: (s) => normalizeKey(s.heading),
    newerId: (s) => normalizeKey(s.heading),
    score: (o, n) => titleScore(o.heading, n.heading),
    thresholds: MATCH_THRESHOLDS.sections,
  });
  const changes = mapPairing<Section, Section, SectionChange | null>(pairing, {
    paired: () => null,
    dropped: (o) => ({ heading: o.heading, depth: o.depth, kind: 'removed', lines: { older: o.position } }),
    added: (n) => ({ heading: n.heading, depth: n.depth, kind: 'added', lines: { newer: n.position } }),
  });
  return changes.filter((change): change is SectionChange => change !== null);
}
