import type { Element, ElementContent, Root } from 'hast';
import { appendAll } from '../../parse/text/appendAll.js';
import { fragmentData } from './fragmentData.js';

/**
 * Give the first element starting on each source line the id `L<line>`, and
 * insert an empty `<span id="L<line>">` where a line starts inside a text
 * (soft line breaks), so facts of the model can link to their exact line.
 * Runs after sanitising: the ids are the project's, never the author's.
 */
export function rehypeLineAnchors() {
  return (tree: Root, file: { data: Record<string, unknown> }): void => {
    const data = fragmentData(file.data);
    const seen = new Set<number>();
    walk(tree, seen, data.firstLine - 1);
    appendAll(data.lines, [...seen].sort((a, b) => a - b));
  };
}

function walk(parent: Root | Element, seen: Set<number>, offset: number): void {
  const children: ElementContent[] = [];
  for (const child of parent.children) {
    if (child.type === 'element') {
      const line = child.position ? child.position.start.line + offset : null;
      if (line !== null && !seen.has(line) && child.properties.id === undefined) {
        child.properties.id = `L${line}`;
        seen.add(line);
      }
      walk(child, seen, offset);
    }
    if (child.type === 'text' && child.position && child.value.includes('\n')) {
      appendAll(children, splitText(child.value, child.position.start.line + offset, seen));
      continue;
    }
    children.push(child as ElementContent);
  }
  parent.children = children;
}

function splitText(value: string, firstLine: number, seen: Set<number>): ElementContent[] {
  const parts = value.split('\n');
  const out: ElementContent[] = [];
  parts.forEach((part, i) => {
    const line = firstLine + i;
    if (i > 0) out.push({ type: 'text', value: '\n' });
    if (i > 0 && part.trim() !== '' && !seen.has(line)) {
      seen.add(line);
      out.push({ type: 'element', tagName: 'span', properties: { id: `L${line}`, className: ['line-anchor'] }, children: [] });
    }
    if (part !== '') out.push({ type: 'text', value: part });
  });
  return out;
}
