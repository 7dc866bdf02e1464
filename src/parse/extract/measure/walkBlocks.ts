import type { RootContent } from 'mdast';

/**
 * Visit every block of a section in document order, descending into lists,
 * list items, block quotes and footnote definitions. `inList` tells whether
 * the block sits in a list item. Code, HTML and tables are visited, not entered.
 */
export function walkBlocks(nodes: readonly RootContent[], visit: (node: RootContent, inList: boolean) => void, inList = false): void {
  for (const node of nodes) {
    visit(node, inList);
    if (node.type === 'list') for (const item of node.children) walkBlocks(item.children, visit, true);
    else if (node.type === 'blockquote' || node.type === 'footnoteDefinition') walkBlocks(node.children, visit, inList);
  }
}
