import type { Step } from '../../model/types.js';
import type { ExtractContext } from '../context.js';

/** TODO(owner: parser helper): extract steps. */
export function extractSteps(_context: ExtractContext): Step[] {
  return [];
}
