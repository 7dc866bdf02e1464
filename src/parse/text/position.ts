import type { Node } from 'unist';
import type { Position } from '../../model/types.js';

/** The model position (1-based line, column) of an mdast node; 1:1 when unknown. */
export function position(node: Node | undefined): Position {
  const start = node?.position?.start;
  return { line: start?.line ?? 1, column: start?.column ?? 1 };
}
