import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXIT_CODES } from '../../src/errors.js';
import { repoRoot } from '../helpers/paths.js';
import { runCli } from '../helpers/runCli.js';

const readmePath = join(repoRoot, 'README.md');
const START = '<!-- cli-reference:start (generated from the option table: UPDATE=1 npx vitest run test/cli/readme.test.ts) -->';
const END = '<!-- cli-reference:end -->';

async function cliReference(): Promise<string> {
  const top = await runCli(['--help']);
  const names = [...top.stdout.matchAll(/^ {2}([a-z]+) /gm)].map((m) => m[1] ?? '').filter((n) => n !== 'help');
  const blocks = [`\`\`\`text\n$ phase-report --help\n${top.stdout.trimEnd()}\n\`\`\``];
  for (const name of names) {
    const help = await runCli([name, '--help']);
    blocks.push(`#### \`phase-report ${name}\`\n\n\`\`\`text\n${help.stdout.trimEnd()}\n\`\`\``);
  }
  return blocks.join('\n\n');
}

describe('README', () => {
  it('holds the CLI reference generated from the option table', async () => {
    const readme = readFileSync(readmePath, 'utf8');
    const start = readme.indexOf(START);
    const end = readme.indexOf(END);
    expect(start, 'README lacks the cli-reference markers').toBeGreaterThan(-1);
    const expected = `${START}\n\n${await cliReference()}\n\n`;
    const actual = readme.slice(start, end);
    if (process.env.UPDATE === '1' && actual !== expected) {
      writeFileSync(readmePath, readme.slice(0, start) + expected + readme.slice(end));
      return;
    }
    expect(actual).toBe(expected);
  });

  it('documents every exit code', () => {
    const readme = readFileSync(readmePath, 'utf8');
    for (const [name, code] of Object.entries(EXIT_CODES)) {
      expect(readme, `exit code ${name}`).toMatch(new RegExp(`\\|\\s*${code}\\s*\\|`));
    }
  });
});
