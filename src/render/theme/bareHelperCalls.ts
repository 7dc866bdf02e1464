import type {} from 'handlebars';

/** A `{{name}}` that names a helper: handlebars calls the helper, never reads the field. */
export interface BareHelperCall {
  readonly name: string;
  readonly line: number;
}

/**
 * Find mustaches such as `{{label}}` or `{{tone}}`: without arguments they call
 * the helper of that name (with nothing to work on) instead of reading the field
 * of the same name, silently. The theme rejects them; `{{./tone}}` reads the field.
 */
export function bareHelperCalls(program: hbs.AST.Program, helpers: ReadonlySet<string>): BareHelperCall[] {
  const found: BareHelperCall[] = [];
  const walk = (node: hbs.AST.Node | null | undefined): void => {
    if (!node) return;
    if (node.type === 'MustacheStatement') check(node as hbs.AST.MustacheStatement, helpers, found);
    if (node.type === 'Program') for (const child of (node as hbs.AST.Program).body) walk(child);
    if ('program' in node) walk((node as hbs.AST.BlockStatement).program);
    if ('inverse' in node) walk((node as hbs.AST.BlockStatement).inverse);
  };
  walk(program);
  return found;
}

function check(node: hbs.AST.MustacheStatement, helpers: ReadonlySet<string>, found: BareHelperCall[]): void {
  if (node.params.length > 0 || (node.hash && node.hash.pairs.length > 0) || node.path.type !== 'PathExpression') return;
  const path = node.path as hbs.AST.PathExpression;
  const explicit = /^(this\b|\.\/|\.\.\/|@)/.test(path.original);
  if (!explicit && path.parts.length === 1 && path.depth === 0 && helpers.has(path.original)) found.push({ name: path.original, line: node.loc.start.line });
}
