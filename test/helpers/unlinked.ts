import type { Nodes, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';

/** A tree with literal autolinks (`https://x`, `www.x`, `a@b.c`) put back as the text they were written as. */
export function unlinked(tree: Root, text: string): unknown {
  const walk = (node: Nodes): Nodes => {
    if (!('children' in node)) return node;
    const children: Nodes[] = [];
    for (const child of node.children.map(walk)) {
      const start = child.position?.start.offset ?? 0;
      const literal = child.type === 'link' && text[start] !== '[' && text[start] !== '<';
      const plain: Nodes = literal ? { type: 'text', value: toString(child), position: child.position } : child;
      const last = children.at(-1);
      if (plain.type === 'text' && last?.type === 'text' && last.position && plain.position) {
        children[children.length - 1] = { type: 'text', value: last.value + plain.value, position: { start: last.position.start, end: plain.position.end } };
      } else children.push(plain);
    }
    return { ...node, children } as Nodes;
  };
  return walk(tree);
}
