/** Types of the theme mechanism (see docs in /work/notes/template-guide.md and src/render/index.ts). */

/** One file of a theme folder, keyed by its path relative to the folder, e.g. `partials/gates.hbs`. */
export interface ThemeFile {
  /** path relative to the theme folder, with `/` separators */
  readonly name: string;
  /** absolute path, used in error messages */
  readonly file: string;
  readonly source: string;
}

/** A rendering function made from one template file; throws PhaseReportError('template'). */
export type CompiledTemplate = (data: object) => string;

/**
 * A loaded, compiled theme: a layout, page templates, partials, helpers and CSS,
 * in an isolated handlebars environment (no global state).
 */
export interface Theme {
  readonly layout: CompiledTemplate;
  /** page name (`report`, `index`, `diff`, ...) -> template of `pages/<name>.hbs` */
  readonly pages: ReadonlyMap<string, CompiledTemplate>;
  /** names of every registered partial (`gates`, `cover`, ...) */
  readonly partials: readonly string[];
  /** the theme's CSS: every `css/*.css` file, in name order */
  readonly css: string;
  /** every file in use, by relative name, after overlaying the user folder */
  readonly files: ReadonlyMap<string, ThemeFile>;
}
