import type { Metric } from '../../model/types.js';
import type { ExtractContext } from '../context.js';
import { slugKey } from '../text/slugKey.js';
import { dedupeId } from './measure/dedupeId.js';
import { scanMeasures } from './measure/scanMeasures.js';
import type { Found } from './measure/types.js';

/**
 * Every metric of the report, in document order: `**Key**: value` lines, list
 * items and headings whose value holds a quantity or a target, and rows of
 * measure tables. The id is the normalised name (`test-success-rate`). When a
 * name comes back, the gate occurrence with a target keeps the plain id and
 * the others get `-2`, `-3` in document order, so the same metric pairs across
 * reports whichever section comes first.
 */
export function extractMetrics(context: ExtractContext): Metric[] {
  const found = scanMeasures(context);
  const ids = new Array<string>(found.length);
  const seen = new Map<string, number>();
  const order = found.map((f, i) => ({ f, i })).sort((a, b) => rank(a.f) - rank(b.f) || a.i - b.i);
  for (const { f, i } of order) ids[i] = dedupeId(seen, slugKey(f.name, 'metric'));
  return found.map((f, i) => ({
    id: ids[i] ?? slugKey(f.name, 'metric'),
    name: f.name,
    target: f.measure.target,
    current: f.measure.current,
    before: f.measure.before,
    after: f.measure.after,
    mark: f.mark,
    status: f.status,
    sectionId: f.sectionId,
    position: f.position,
  }));
}

function rank(found: Found): number {
  return found.gate && found.measure.target !== null ? 0 : 1;
}
