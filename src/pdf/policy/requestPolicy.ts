/**
 * URL schemes a document may load while printing. Everything else (http,
 * https, file, ws, ...) is blocked: reports are self-contained.
 */
export const ALLOWED_URL_SCHEMES: readonly string[] = ['data:'];

/** Blocked URLs are recorded shortened to this many characters. */
export const BLOCKED_URL_MAX_CHARS = 200;
