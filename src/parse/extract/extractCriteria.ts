import type { Criterion } from '../../model/types.js';
import type { ExtractContext } from '../context.js';

/** TODO(owner: parser helper): extract criteria. */
export function extractCriteria(_context: ExtractContext): Criterion[] {
  return [];
}
