import type { Node } from 'unist';

const CONSTANT = /\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\b/g;
const MAX_LENGTH = 80;
/** a code span that names something (a constant, file, module, function), not an expression */
const NAME = /^[\w$@.\/:#-]+(?:\(\))?$/;

/**
 * Names that identify an issue across reports: code spans (`src.constants.base`)
 * and CONSTANT_NAMES in plain text, unique, in order of appearance. Code
 * blocks are not read: they are evidence, not names.
 */
export function findIdentifiers(nodes: readonly Node[]): string[] {
  const found = new Set<string>();
  for (const root of nodes) collect(root, found);
  return [...found];
}

/** Depth first, in document order; code blocks are not entered. */
function collect(node: Node, found: Set<string>): void {
  if (node.type === 'code') return;
  if ('value' in node && typeof node.value === 'string') {
    if (node.type === 'inlineCode') {
      const value = node.value.trim();
      if (NAME.test(value) && value.length <= MAX_LENGTH) found.add(value);
    } else if (node.type === 'text') {
      for (const match of node.value.matchAll(CONSTANT)) found.add(match[0]);
    }
  }
  if ('children' in node && Array.isArray(node.children)) for (const child of node.children as Node[]) collect(child, found);
}
