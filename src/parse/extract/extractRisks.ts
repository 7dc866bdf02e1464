import type { Risk } from '../../model/types.js';
import type { ExtractContext } from '../context.js';

/** TODO(owner: parser helper): extract risks. */
export function extractRisks(_context: ExtractContext): Risk[] {
  return [];
}
