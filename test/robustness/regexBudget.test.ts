import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * Every regular-expression literal in src/ runs against adversarial strings
 * (long runs of what regexes like to backtrack over) within a time budget:
 * a regex with quadratic backtracking takes seconds on 20,000 characters,
 * a linear one well under the budget.
 */
const SRC = join(import.meta.dirname, '..', '..', 'src');
const SIZE = 20_000;
const BUDGET_MS = 150;

const UNITS = [' ', '\t', ':', ' :', '(', ')', '( ', '*', '**', '_', '-', '- ', '.', '0', '0.', '1 ', 'a', 'a ', '|', '| ', '[', '](', '#', '>', '/', '%', ',', '\\', '\n', ' \n', 'A', 'Ab ', '— '];
const TAILS = ['', 'x', '!', '\u0000'];

function adversarialStrings(): string[] {
  const out: string[] = [];
  for (const unit of UNITS) {
    const body = unit.repeat(Math.ceil(SIZE / unit.length));
    for (const tail of TAILS) out.push(`a${body}${tail}`);
  }
  return out;
}

function regexLiterals(): Array<{ where: string; regex: RegExp }> {
  const found: Array<{ where: string; regex: RegExp }> = [];
  for (const file of readdirSync(SRC, { recursive: true, encoding: 'utf8' })) {
    if (!file.endsWith('.ts')) continue;
    const path = join(SRC, file);
    const source = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node): void => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const text = node.getText(source);
        const end = text.lastIndexOf('/');
        const flags = text.slice(end + 1).replace('g', '');
        const line = source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
        found.push({ where: `${relative(SRC, path)}:${line} ${text}`, regex: new RegExp(text.slice(1, end), flags) });
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return found;
}

describe('every regex in src/ is linear on adversarial input', () => {
  const literals = regexLiterals();
  const inputs = adversarialStrings();

  it('finds the regexes (there are more than a hundred)', () => {
    expect(literals.length).toBeGreaterThan(100);
  });

  it(`runs each in under ${BUDGET_MS} ms on ${SIZE}-character runs`, () => {
    const slow: string[] = [];
    for (const { where, regex } of literals) {
      for (const input of inputs) {
        const started = performance.now();
        regex.test(input);
        input.replace(regex, '');
        const ms = performance.now() - started;
        if (ms > BUDGET_MS) {
          slow.push(`${where} on ${JSON.stringify(input.slice(0, 12))}…: ${Math.round(ms)} ms`);
          break;
        }
      }
    }
    expect(slow).toEqual([]);
  }, 120_000);
});
