/**
 * Output base names a report may not take, because the run itself writes
 * files under them; a report named so gets `-2` (e.g. `index.md` ->
 * `index-2.html`). Compared without case: macOS and Windows file systems
 * ignore it.
 */
export const RESERVED_NAMES: readonly string[] = [
  // build's index.html, linking every output
  'index',
  // history.html / .md / .json of `history` and `build`
  'history',
];

/** Endings of names the run derives from a report's name; a report named with one would collide with them. */
export const DERIVED_SUFFIXES: readonly string[] = [
  // `<name>.evaluation.json` of `render -f json`
  '.evaluation',
  // `<name>.next.md` (and .html, .pdf) of `next` and `build`
  '.next',
  // `<older>--<newer>.diff.*` of `diff` and `build`
  '.diff',
];
