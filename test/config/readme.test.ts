import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { configReference } from '../../src/config/configReference.js';
import { repoRoot } from '../helpers/paths.js';

const readmePath = join(repoRoot, 'README.md');
const START = '<!-- config-reference:start (generated from src/config/configSchema.ts: UPDATE=1 npx vitest run test/config/readme.test.ts) -->';
const END = '<!-- config-reference:end -->';

describe('README config reference', () => {
  it('is the one generated from the schema', () => {
    const readme = readFileSync(readmePath, 'utf8');
    const start = readme.indexOf(START);
    const end = readme.indexOf(END);
    expect(start, 'README lacks the config-reference markers').toBeGreaterThan(-1);
    const expected = `${START}\n\n${configReference()}\n\n`;
    const actual = readme.slice(start, end);
    if (process.env.UPDATE === '1' && actual !== expected) {
      writeFileSync(readmePath, readme.slice(0, start) + expected + readme.slice(end));
      return;
    }
    expect(actual).toBe(expected);
  });

  it('has a row per key, with the documented default (pageSize: A4, cache folder)', () => {
    const table = configReference();
    expect(table).toContain('| `pageSize` | "A4" \\| "Letter" | `"A4"` | PDF page size |');
    expect(table).toContain('| `cache` | string \\| false | `".cache/phase-report"` | folder of the build cache (false: no cache) |');
  });
});
