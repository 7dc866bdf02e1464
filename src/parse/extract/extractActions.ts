import type { Action } from '../../model/types.js';
import type { ExtractContext } from '../context.js';

/** TODO(owner: parser helper): extract actions. */
export function extractActions(_context: ExtractContext): Action[] {
  return [];
}
