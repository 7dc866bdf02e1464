/** Schemes a link of the project's own pages may use; anything else (javascript:, data:, ...) is dropped. */
const ALLOWED = /^(https?|mailto):$/i;

/**
 * A link target for an output file or URL, or null when it names a scheme that
 * is not allowed. Relative paths get `/` separators and their special characters
 * (space, `#`, `?`, `%`, quotes) percent-encoded, so a file name is never read as
 * a fragment or a query.
 */
export function safeHref(href: string): string | null {
  const trimmed = href.trim();
  if (trimmed === '') return null;
  const scheme = /^([a-z][a-z0-9+.-]*:)/i.exec(trimmed.replace(/[\u0000-\u0020]/g, ''));
  const isDrive = scheme !== null && /^[a-z]:$/i.test(scheme[1] ?? '');
  if (scheme && !isDrive) return ALLOWED.test(scheme[1] ?? '') ? trimmed : null;
  if (isDrive) return null;
  return trimmed.split(/[\\/]/).map(encodeSegment).join('/');
}

function encodeSegment(segment: string): string {
  return segment.replace(/[\s"'<>`#?%]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}
