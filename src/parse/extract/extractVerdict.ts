import type { Verdict } from '../../model/types.js';
import type { ExtractContext } from '../context.js';

/** TODO(owner: parser helper): extract the verdict. */
export function extractVerdict(_context: ExtractContext): Verdict | null {
  return null;
}
