import type { Metric } from '../../model/types.js';
import type { ExtractContext } from '../context.js';

/** TODO(owner: parser helper): extract metrics. */
export function extractMetrics(_context: ExtractContext): Metric[] {
  return [];
}
