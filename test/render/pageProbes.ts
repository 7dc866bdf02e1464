/**
 * Functions that run inside the page (page.evaluate serialises them): each is
 * self-contained and reads the DOM through the few members typed below, so the
 * test build needs no DOM library.
 */
interface El {
  readonly tagName: string;
  readonly attributes: ArrayLike<{ readonly name: string }>;
  readonly innerText: string;
  readonly offsetParent: unknown;
  getAttribute(name: string): string | null;
  getBoundingClientRect(): { readonly height: number };
}
interface Doc {
  readonly body: El;
  readonly title: string;
  querySelectorAll(selector: string): ArrayLike<El>;
  querySelector(selector: string): El | null;
  getElementById(id: string): El | null;
}
interface Win {
  readonly document: Doc;
  getComputedStyle(element: El): { readonly backgroundColor: string; readonly breakBefore: string };
}

/** The text of the visible cells of the gates table. */
export function visibleGateCells(): string[] {
  const { document } = globalThis as unknown as Win;
  return Array.from(document.querySelectorAll('#pr-gates td, #pr-gates th'))
    .filter((c) => c.offsetParent !== null && c.getBoundingClientRect().height > 0)
    .map((c) => c.innerText.trim());
}

/** A computed style of the first element matching the selector. */
export function styleOf(selector: string, property: string): string {
  const win = globalThis as unknown as Win;
  const element = win.document.querySelector(selector);
  if (!element) return '';
  const style = win.getComputedStyle(element);
  return property === 'breakBefore' ? style.breakBefore : style.backgroundColor;
}

/** The text of the first element matching the selector. */
export function textOf(selector: string): string {
  const element = (globalThis as unknown as Win).document.querySelector(selector);
  return element ? element.innerText : '';
}

/** In-page links (`href="#id"`) whose target element does not exist. */
export function danglingLinks(): string[] {
  const { document } = globalThis as unknown as Win;
  return Array.from(document.querySelectorAll('a[href^="#"]'))
    .map((a) => (a.getAttribute('href') ?? '').slice(1))
    .filter((id) => id !== '' && !document.getElementById(id));
}

/** What a hostile report could have left in the DOM. */
export function activeContent() {
  const { document } = globalThis as unknown as Win;
  const count = (selector: string): number => document.querySelectorAll(selector).length;
  const all = Array.from(document.querySelectorAll('*'));
  return {
    scripts: count('script'),
    frames: count('iframe, frame, object, embed'),
    images: count('img, image, picture, video, audio'),
    forms: count('form, input:not([type="checkbox"]), link, meta[http-equiv="refresh"]'),
    styles: count('style'),
    handlers: all.flatMap((e) => Array.from(e.attributes).filter((a) => a.name.startsWith('on')).map((a) => `${e.tagName}.${a.name}`)),
    badLinks: Array.from(document.querySelectorAll('a[href]'))
      .map((a) => a.getAttribute('href') ?? '')
      .filter((h) => /^\s*(javascript|vbscript|data):/i.test(h)),
    text: document.body.innerText,
    title: document.title,
  };
}
