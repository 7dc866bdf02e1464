import type { Gate } from '../../model/types.js';
import type { ExtractContext } from '../context.js';

/** TODO(owner: parser helper): extract gates. */
export function extractGates(_context: ExtractContext): Gate[] {
  return [];
}
