import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/paths.js';

const testRoot = join(repoRoot, 'test');
/** Where the helpers that read ../shared are defined, and this guard, which names them (not uses). */
const DEFINITIONS = new Set(['test/helpers/paths.ts', 'test/suite/noSharedOutsideCorpus.test.ts']);
/** A use of ../shared: the helpers of test/helpers/paths.ts, or the folder named directly. */
const READS_SHARED = /\b(seedText|corpusText|corpusFiles|corpusDir|sharedDir|seedPath)\b|\.\.\/shared\b|['"]shared['"]/;

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
}

// `npm test` must pass on a bare clone: only test/corpus/ (npm run test:corpus) may read ../shared.
describe('the main suite needs nothing outside the repository', () => {
  it('no test file outside test/corpus/ reads ../shared (the corpus or the seed report)', () => {
    const offenders = files(testRoot)
      .map((file) => relative(repoRoot, file).split('\\').join('/'))
      .filter((file) => !file.startsWith('test/corpus/') && !DEFINITIONS.has(file))
      .filter((file) => READS_SHARED.test(readFileSync(join(repoRoot, file), 'utf8')));
    expect(offenders).toEqual([]);
  });

  it('the pattern catches each way a test reads ../shared, and not the fixtures', () => {
    expect(READS_SHARED.test("import { seedText } from '../helpers/paths.js';")).toBe(true);
    expect(READS_SHARED.test("const files = corpusFiles();")).toBe(true);
    expect(READS_SHARED.test("read('../../../shared/seeds/000.txt')")).toBe(true);
    expect(READS_SHARED.test("join(repoRoot, '..', 'shared', 'corpus')")).toBe(true);
    expect(READS_SHARED.test("join(repoRoot, 'fixtures', 'sequence', 'phase-6.md')")).toBe(false);
  });
});
