import type { Issue } from '../../model/types.js';
import type { ExtractContext } from '../context.js';

/** TODO(owner: parser helper): extract issues. */
export function extractIssues(_context: ExtractContext): Issue[] {
  return [];
}
