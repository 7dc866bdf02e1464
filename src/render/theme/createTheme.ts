import Handlebars from 'handlebars';
import { PhaseReportError } from '../../errors.js';
import { HELPERS, registerHelpers } from '../helpers/registerHelpers.js';
import { THEME_LAYOUT } from '../policy/themeLayout.js';
import { bareHelperCalls } from './bareHelperCalls.js';
import { partialReferences, type PartialUsage } from './partialReferences.js';
import { templateError } from './templateError.js';
import type { CompiledTemplate, Theme, ThemeFile } from './types.js';

type Env = typeof Handlebars;
interface Parsed {
  readonly template: ThemeFile;
  readonly program: hbs.AST.Program;
  readonly usage: PartialUsage;
}

/**
 * Build a theme from its files (pure: no I/O). `defaults` are the bundled
 * theme, `overrides` a user folder: a file of the same relative name replaces
 * the default one, new files add partials, pages or stylesheets. Every template
 * is parsed now, so a syntax error or a reference to a missing partial fails
 * here, naming the file and line.
 */
export function createTheme(defaults: readonly ThemeFile[], overrides: readonly ThemeFile[] = []): Theme {
  const files = new Map<string, ThemeFile>();
  for (const file of [...defaults, ...overrides]) files.set(file.name, file);
  const env = Handlebars.create();
  registerHelpers(env);
  const parsed = [...files.values()].filter((f) => f.name.endsWith(THEME_LAYOUT.templateExtension)).map((f) => parseTemplate(env, f));
  const partialNames = registerPartials(env, parsed, defaults);
  checkReferences(parsed, partialNames);
  const compiled = new Map(parsed.map((p) => [p.template.name, compile(env, p)]));
  return {
    layout: required(compiled, THEME_LAYOUT.layout),
    pages: pagesOf(compiled),
    partials: [...partialNames].sort(),
    css: cssOf(files),
    files,
  };
}

function parseTemplate(env: Env, template: ThemeFile): Parsed {
  try {
    const program = env.parse(template.source);
    rejectBareHelperCalls(program, template);
    return { template, program, usage: partialReferences(program) };
  } catch (error) {
    throw templateError(error, template);
  }
}

const HELPER_NAMES: ReadonlySet<string> = new Set(Object.keys(HELPERS));

function rejectBareHelperCalls(program: hbs.AST.Program, template: ThemeFile): void {
  const call = bareHelperCalls(program, HELPER_NAMES)[0];
  if (!call) return;
  const message = `template "${template.name}": {{${call.name}}} calls the helper "${call.name}" with no argument; write {{./${call.name}}} to show the field "${call.name}"`;
  throw new PhaseReportError('template', message, { file: template.file, line: call.line });
}

function compile(env: Env, parsed: Parsed): CompiledTemplate & Handlebars.TemplateDelegate {
  const run = env.compile(parsed.program, THEME_LAYOUT.compileOptions);
  return (data: object, options?: Handlebars.RuntimeOptions) => {
    try {
      return run(data, options);
    } catch (error) {
      throw templateError(error, parsed.template);
    }
  };
}

function partialName(name: string): string | null {
  const { partialsDir, templateExtension } = THEME_LAYOUT;
  if (!name.startsWith(partialsDir) || !name.endsWith(templateExtension)) return null;
  return name.slice(partialsDir.length, -templateExtension.length);
}

/** Register `partials/**.hbs` by name; every bundled partial stays reachable as `default/<name>`. */
function registerPartials(env: Env, parsed: readonly Parsed[], defaults: readonly ThemeFile[]): Set<string> {
  const names = new Set<string>();
  const inUse = new Map<ThemeFile, Handlebars.TemplateDelegate>();
  for (const p of parsed) {
    const name = partialName(p.template.name);
    if (name === null) continue;
    const template = compile(env, p);
    inUse.set(p.template, template);
    env.registerPartial(name, template);
    names.add(name);
  }
  for (const file of defaults) {
    const name = partialName(file.name);
    if (name === null) continue;
    const template = inUse.get(file) ?? compile(env, parseTemplate(env, file));
    env.registerPartial(`${THEME_LAYOUT.defaultPrefix}${name}`, template);
    names.add(`${THEME_LAYOUT.defaultPrefix}${name}`);
  }
  return names;
}

function checkReferences(parsed: readonly Parsed[], partials: ReadonlySet<string>): void {
  const inline = new Set(parsed.flatMap((p) => p.usage.inline));
  for (const p of parsed) {
    const missing = p.usage.references.find((r) => !partials.has(r.name) && !inline.has(r.name) && !r.name.startsWith('@'));
    if (!missing) continue;
    const message = `template "${p.template.name}" uses the partial "${missing.name}", but no file ${THEME_LAYOUT.partialsDir}${missing.name}${THEME_LAYOUT.templateExtension} exists`;
    throw new PhaseReportError('template', message, { file: p.template.file, line: missing.line });
  }
}

function required(compiled: ReadonlyMap<string, CompiledTemplate>, name: string): CompiledTemplate {
  const template = compiled.get(name);
  if (!template) throw new PhaseReportError('template', `the theme has no ${name}`);
  return template;
}

function pagesOf(compiled: ReadonlyMap<string, CompiledTemplate>): Map<string, CompiledTemplate> {
  const { pagesDir, templateExtension } = THEME_LAYOUT;
  const pages = new Map<string, CompiledTemplate>();
  for (const [name, template] of compiled) {
    const rest = name.startsWith(pagesDir) && name.endsWith(templateExtension) ? name.slice(pagesDir.length, -templateExtension.length) : null;
    if (rest !== null && !rest.includes('/')) pages.set(rest, template);
  }
  return pages;
}

function cssOf(files: ReadonlyMap<string, ThemeFile>): string {
  const { cssDir, cssExtension } = THEME_LAYOUT;
  return [...files.values()]
    .filter((f) => f.name.startsWith(cssDir) && f.name.endsWith(cssExtension))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .map((f) => `/* ${f.name} */\n${f.source.trim()}\n`)
    .join('\n');
}
