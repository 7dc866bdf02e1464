import type { List, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';

/**
 * The readable text of blocks, for a `detail`: paragraphs, quotes and list
 * items as lines (nested items indented); code, tables and HTML are left out.
 * Null when nothing readable remains.
 */
export function blockText(nodes: readonly RootContent[]): string | null {
  const lines: string[] = [];
  for (const node of nodes) collect(node, lines, '');
  const text = lines.filter((l) => l.trim() !== '').join('\n').trim();
  return text === '' ? null : text;
}

function collect(node: RootContent, lines: string[], indent: string): void {
  if (node.type === 'paragraph' || node.type === 'heading') lines.push(indent + toString(node).trim());
  else if (node.type === 'blockquote') node.children.forEach((c) => collect(c, lines, indent));
  else if (node.type === 'list') listLines(node, lines, indent);
}

function listLines(list: List, lines: string[], indent: string): void {
  for (const item of list.children) {
    item.children.forEach((child, i) => {
      if (child.type === 'list') listLines(child, lines, `${indent}  `);
      else if (child.type === 'paragraph') lines.push(`${indent}${i === 0 ? '- ' : '  '}${toString(child).trim()}`);
    });
  }
}
