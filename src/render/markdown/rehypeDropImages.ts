import type { Element, ElementContent, Root, RootContent } from 'hast';

/**
 * Replace every image with its alt text: a rendered report makes no request
 * (remote or local), but keeps what the author said the image shows. Runs
 * after sanitising, so the span and its class are the project's.
 */
export function rehypeDropImages() {
  return (tree: Root): void => {
    replaceIn(tree);
  };
}

function replaceIn(parent: Root | Element): void {
  parent.children = parent.children.map((child: RootContent) => {
    if (child.type !== 'element') return child;
    if (child.tagName === 'img') return altText(child);
    replaceIn(child);
    return child;
  }) as Root['children'] & Element['children'];
}

function altText(image: Element): ElementContent {
  const alt = typeof image.properties.alt === 'string' ? image.properties.alt.trim() : '';
  return {
    type: 'element',
    tagName: 'span',
    properties: { className: ['image-alt'], title: 'image not embedded' },
    children: [{ type: 'text', value: alt === '' ? '[image]' : `[image: ${alt}]` }],
    ...(image.position ? { position: image.position } : {}),
  };
}
