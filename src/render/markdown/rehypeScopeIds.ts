import type { Element, Root } from 'hast';
import { fragmentData } from './fragmentData.js';

/** What remark-rehype puts before footnote ids (its default clobberPrefix), and the label id. */
const FOOTNOTE_PREFIX = 'user-content-';
const LABEL_ID = 'footnote-label';

/**
 * Scope the footnote ids remark-rehype made (`user-content-fn-1`,
 * `footnote-label`) to the fragment (`fn-<prefix>-fn-1`), so several report
 * sections on one page never share an id. References (`href="#..."`,
 * aria-describedby) are rewritten with them.
 */
export function rehypeScopeIds() {
  return (tree: Root, file: { data: Record<string, unknown> }): void => {
    const { idPrefix } = fragmentData(file.data);
    const scope = (value: string): string => {
      const rest = value.startsWith(FOOTNOTE_PREFIX) ? value.slice(FOOTNOTE_PREFIX.length) : value === LABEL_ID ? value : null;
      return rest === null ? value : `fn-${idPrefix}${idPrefix ? '-' : ''}${rest}`;
    };
    walk(tree, (element) => {
      const { id, href, ariaDescribedBy } = element.properties;
      if (typeof id === 'string') element.properties.id = scope(id);
      if (typeof href === 'string' && href.startsWith('#')) element.properties.href = `#${scope(href.slice(1))}`;
      if (Array.isArray(ariaDescribedBy)) element.properties.ariaDescribedBy = ariaDescribedBy.map((v) => scope(String(v)));
    });
  };
}

function walk(parent: Root | Element, visit: (element: Element) => void): void {
  for (const child of parent.children) {
    if (child.type !== 'element') continue;
    visit(child);
    walk(child, visit);
  }
}
