import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { rmSync } from 'node:fs';
import { EXIT_CODES } from '../../src/errors.js';
import { runCli } from '../helpers/runCli.js';

const dir = mkdtempSync(join(tmpdir(), 'phase-report-bad-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

/** One line naming the file, no stack trace. */
function expectOneLineAbout(stderr: string, name: string, words: RegExp): void {
  const lines = stderr.trim().split('\n').filter((l) => !/^\d+ problems? \(/.test(l));
  expect(lines).toHaveLength(1);
  expect(lines[0]).toContain(name);
  expect(lines[0]).toMatch(words);
  expect(stderr).not.toMatch(/\bat .*\.(ts|js):\d+/);
}

describe('bad input gets a clear one-line message and a non-zero exit', () => {
  it.each([
    ['a missing file', () => join(dir, 'missing.md'), /no such file/],
    ['a directory', () => dir, /is a directory/],
    ['an empty file', () => file('empty.md', ''), /is empty/],
    ['a blank file', () => file('blank.md', '\n \n'), /is empty/],
    ['a binary file', () => file('image.md', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2])), /binary/],
    ['invalid UTF-8', () => file('latin1.md', Buffer.concat([Buffer.from('# Title\n\nline two\ncaf'), Buffer.from([0xe9]), Buffer.from('\n')])), /:4: .*not valid UTF-8/],
    ['a 20 MB file', () => file('huge.md', Buffer.alloc(20 * 1024 * 1024, 'a')), /20\.0 MB, larger than the 2\.0 MB limit/],
  ])('%s', async (_label, make, words) => {
    const path = make();
    for (const command of ['parse', 'check']) {
      const run = await runCli([command, path]);
      expect(run.code).toBe(command === 'check' ? 1 : EXIT_CODES.input);
      expect(run.stdout).toBe('');
      expectOneLineAbout(run.stderr, path, words);
    }
  });

  it('a larger limit lets a big file through', async () => {
    const path = file('big.md', `# Big\n\n${'Some prose that fills the file. '.repeat(200_000)}\n`);
    const run = await runCli(['parse', '--summary', '--max-size', '10', path]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Big');
  });
});

describe('awkward but valid input parses', () => {
  it('CRLF line ends and a BOM give the same model as LF', async () => {
    const lf = '# Phase 2 Report\n\n**Status**: Done\n\n## Risks\n\n### High\n- **A**: b\n';
    const crlf = file('crlf.md', `\uFEFF${lf.replace(/\n/g, '\r\n')}`);
    const plain = file('lf.md', lf);
    const a = JSON.parse((await runCli(['parse', crlf])).stdout);
    const b = JSON.parse((await runCli(['parse', plain])).stdout);
    delete a.source.path;
    delete b.source.path;
    expect(a).toEqual(b);
    expect(a.meta.title.value).toBe('Phase 2 Report');
  });

  it('lists and quotes nested 10,000 deep are flattened with a warning, not a hang or a crash', async () => {
    const lists = file('deep-lists.md', `# Deep\n\n${'- '.repeat(10_000)}item\n`);
    const quotes = file('deep-quotes.md', `# Deep\n\n${'>'.repeat(10_000)} quote\n`);
    let indented = '# Deep\n\n';
    for (let i = 0; i < 10_000; i++) indented += `${' '.repeat(Math.min(2 * i, 150))}- item ${i}\n`;
    const indent = file('deep-indent.md', indented);
    for (const path of [lists, quotes, indent]) {
      const run = await runCli(['check', path]);
      expect(run.code).toBe(0);
      expect(run.stdout).toMatch(/^\S+:\d+:1  Nesting deeper than .* {2}nesting-too-deep\n$/);
    }
  });

  it('reads standard input with `-`', async () => {
    const run = await runCli(['parse', '--summary', '-'], { stdin: '# Phase 9 Audit\n\n**Auditor**: me\n' });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('<stdin>: Phase 9 Audit (phase 9)');
  });
});
