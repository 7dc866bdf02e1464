import type {} from 'handlebars';

type Node = hbs.AST.Node;

/** A partial a template refers to by a fixed name, and where. */
export interface PartialReference {
  readonly name: string;
  readonly line: number;
}

/** What one template refers to and defines: `{{> name}}` uses (without a fallback block) and inline partials. */
export interface PartialUsage {
  readonly references: PartialReference[];
  readonly inline: string[];
}

/**
 * Walk a parsed template for the partials it needs, so a theme with a missing
 * partial fails when loaded instead of rendering an empty string. Dynamic names
 * (`{{> (lookup ...)}}`) are left to the run-time check of handlebars.
 */
export function partialReferences(program: hbs.AST.Program): PartialUsage {
  const usage: PartialUsage = { references: [], inline: [] };
  walk(program, usage);
  return usage;
}

function walk(node: Node | null | undefined, usage: PartialUsage): void {
  if (!node) return;
  if (node.type === 'PartialStatement') addReference(node as hbs.AST.PartialStatement, usage);
  if (node.type === 'DecoratorBlock') addInline(node as hbs.AST.DecoratorBlock, usage);
  if (node.type === 'Program') for (const child of (node as hbs.AST.Program).body) walk(child, usage);
  if ('program' in node) walk((node as hbs.AST.BlockStatement).program, usage);
  if ('inverse' in node) walk((node as hbs.AST.BlockStatement).inverse, usage);
}

function addReference(node: hbs.AST.PartialStatement, usage: PartialUsage): void {
  if (node.name.type !== 'PathExpression') return;
  usage.references.push({ name: (node.name as hbs.AST.PathExpression).original, line: node.loc.start.line });
}

function addInline(node: hbs.AST.DecoratorBlock, usage: PartialUsage): void {
  const first = node.params[0];
  if (node.path.original === 'inline' && first?.type === 'StringLiteral') usage.inline.push((first as hbs.AST.StringLiteral).value);
}
