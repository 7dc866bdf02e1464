import type { Gate, Mark } from '../../model/types.js';
import type { ExtractContext } from '../context.js';
import { slugKey } from '../text/slugKey.js';
import { computeMet } from './measure/computeMet.js';
import { dedupeId } from './measure/dedupeId.js';
import { scanMeasures } from './measure/scanMeasures.js';
import type { Found } from './measure/types.js';

const MET_BY_MARK: Partial<Record<Mark, boolean>> = { done: true, failed: false };

/**
 * The quality gates: metric lines in gates sections (and their subsections) and
 * rows of gate-like tables anywhere, that state a target, or a current value with
 * a mark or status.
 * `met` is the explicit mark or status word first, else the target compared
 * with the current value, else null.
 */
export function extractGates(context: ExtractContext): Gate[] {
  const seen = new Map<string, number>();
  return scanMeasures(context)
    .filter(isGate)
    .map((found) => ({
      id: dedupeId(seen, slugKey(found.name, 'gate')),
      criterion: found.name,
      target: found.measure.target,
      current: found.measure.current,
      met: metOf(found),
      sectionId: found.sectionId,
      position: found.position,
    }));
}

/** a gate states a target, or a current value with a mark or status saying whether it passes */
function isGate(found: Found): boolean {
  if (!found.gate) return false;
  return found.measure.target !== null || (found.measure.current !== null && (found.mark !== null || found.status !== null));
}

function metOf(found: Found): boolean | null {
  const byMark = found.mark === null ? undefined : MET_BY_MARK[found.mark];
  return byMark ?? found.measure.status?.met ?? computeMet(found.measure.target, found.measure.current);
}
