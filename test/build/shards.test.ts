import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { shardOf } from '../../src/run/buildSite.js';
import { SHARD_FILE } from '../../src/run/shardFile.js';
import { repoRoot } from '../helpers/paths.js';
import { runCli } from '../helpers/runCli.js';

const tmp = mkdtempSync(join(tmpdir(), 'phase-report-shards-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const sequence = join(repoRoot, 'fixtures', 'sequence');
const cases = readdirSync(join(repoRoot, 'fixtures', 'cases')).map((c) => join(repoRoot, 'fixtures', 'cases', c, 'input.md'));
const inputs = [sequence, ...cases];
const html = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.html')).sort();

describe('build --shard i/n + merge', () => {
  it('3 shards then merge give the same HTML as one build, byte for byte', async () => {
    const single = join(tmp, 'single');
    expect((await runCli(['build', ...inputs, '-f', 'html', '-o', single, '--no-cache'])).code).toBe(0);
    const shards = [1, 2, 3].map((i) => join(tmp, `shard-${i}`));
    for (const [n, dir] of shards.entries()) {
      const run = await runCli(['build', ...inputs, '-f', 'html', '-o', dir, '--shard', `${n + 1}/3`, '--no-cache']);
      expect(run.code, run.stderr).toBe(0);
    }
    // each shard renders only its slice: the report pages split between them, none twice
    const pages = shards.flatMap((d) => html(d));
    expect(new Set(pages).size).toBe(pages.length);
    expect(shards.every((d) => readdirSync(d).includes(SHARD_FILE))).toBe(true);
    const merged = join(tmp, 'merged');
    const merge = await runCli(['merge', ...shards, '-f', 'html', '-o', merged]);
    expect(merge.code, merge.stderr).toBe(0);
    expect(html(merged)).toEqual(html(single));
    // every report page, the fixture sequence's 3 diffs and its history, and the index (how the cases
    // group into further sequences is tested in test/history/orderSequences.test.ts)
    expect(html(single)).toEqual(expect.arrayContaining(['phase-4.html', 'phase-7.html', 'phase-4--phase-5.diff.html', 'phase-6--phase-7.diff.html', 'index.html']));
    expect(html(single).filter((f) => !f.includes('--') && !f.includes('history') && !f.includes('.next.') && f !== 'index.html')).toHaveLength(4 + cases.length);
    for (const f of html(single)) expect(readFileSync(join(merged, f), 'utf8'), f).toBe(readFileSync(join(single, f), 'utf8'));
  });

  it('merge refuses a missing shard, naming it', async () => {
    const dir = join(tmp, 'lonely');
    await runCli(['build', sequence, '-f', 'html', '-o', dir, '--shard', '1/2', '--no-cache']);
    const run = await runCli(['merge', dir, '-o', join(tmp, 'lonely-out')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/shard 2 of 2 is missing/);
  });

  it('a report goes to a shard by its bytes alone; a shard outside 1..n is a usage error', async () => {
    const text = readFileSync(join(sequence, 'phase-6.md'), 'utf8');
    expect([1, 2, 3]).toContain(shardOf(text, 3));
    expect(shardOf(`${text}\n`, 1)).toBe(1);
    const run = await runCli(['build', sequence, '--shard', '4/3']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/expected i\/n with 1 <= i <= n/);
  });
});
