import type { Position } from '../../model/types.js';
import type { SourceRef } from './types.js';

/** Turns a model position into a link to its line. */
export type SourceLinker = (position: Position) => SourceRef;

export interface SourceLinkerOptions {
  /** lines that have an `L<line>` anchor; a fact links to the nearest one at or above its line */
  readonly anchors?: readonly number[];
  /** put before `#L<line>` (e.g. a GitHub blob URL); default: same page */
  readonly base?: string;
}

/** Make the linker used by every view builder. Without anchors, links go to the exact line. */
export function createSourceLinker(options: SourceLinkerOptions = {}): SourceLinker {
  const anchors = options.anchors ? [...options.anchors].sort((a, b) => a - b) : null;
  const base = options.base ?? '';
  return (position) => {
    const target = anchors ? nearestAtOrAbove(anchors, position.line) : position.line;
    return { line: position.line, href: `${base}#L${target ?? anchors?.[0] ?? position.line}`, title: `line ${position.line}` };
  };
}

function nearestAtOrAbove(sorted: readonly number[], line: number): number | null {
  let low = 0;
  let high = sorted.length - 1;
  let found: number | null = null;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const value = sorted[mid] ?? 0;
    if (value <= line) {
      found = value;
      low = mid + 1;
    } else {
      high = mid - 1;
    }
  }
  return found;
}
