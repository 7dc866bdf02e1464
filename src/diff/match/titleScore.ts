import { similarity } from './similarity.js';
import { tokenSet } from './tokenSet.js';

/** How alike two titles or names are, 0..1 (see similarity). */
export function titleScore(a: string, b: string): number {
  return similarity(tokenSet(a), tokenSet(b));
}
