import type { Metric } from '../../model/types.js';
import type { ExtractContext } from '../context.js';
import { slugKey } from '../text/slugKey.js';
import { dedupeId } from './measure/dedupeId.js';
import { scanMeasures } from './measure/scanMeasures.js';

/**
 * Every metric of the report, in document order: `**Key**: value` lines, list
 * items and headings whose value holds a quantity or a target, and rows of
 * measure tables. The id is the normalised name (`test-success-rate`), with
 * `-2`, `-3` for later metrics of the same name.
 */
export function extractMetrics(context: ExtractContext): Metric[] {
  const seen = new Map<string, number>();
  return scanMeasures(context).map((found) => ({
    id: dedupeId(seen, slugKey(found.name, 'metric')),
    name: found.name,
    target: found.measure.target,
    current: found.measure.current,
    before: found.measure.before,
    after: found.measure.after,
    mark: found.mark,
    status: found.status,
    sectionId: found.sectionId,
    position: found.position,
  }));
}
