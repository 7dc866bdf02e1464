/**
 * Where things live in a theme folder (the bundled `templates/` and any user
 * folder given with `--templates`), and how templates are compiled.
 */
export const THEME_LAYOUT = {
  /** wraps every page; receives { title, page, css, content, view } */
  layout: 'layout.hbs',
  /** `pages/<page>.hbs`, rendered by renderPage(theme, '<page>', view) */
  pagesDir: 'pages/',
  /** `partials/<name>.hbs` is the partial `{{> name}}`; sub-folders give `dir/name` */
  partialsDir: 'partials/',
  /** every `css/*.css`, concatenated in name order and inlined in the layout */
  cssDir: 'css/',
  templateExtension: '.hbs',
  cssExtension: '.css',
  /** bundled partials stay reachable as `default/<name>`, so an override can wrap them */
  defaultPrefix: 'default/',
  /** strict: a missing field or helper is an error naming the template and line */
  compileOptions: { strict: true, preventIndent: true },
} as const;
