import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateReport } from '../../src/model/validateReport.js';
import { parse } from '../../src/parse/parse.js';
import { repoRoot } from '../helpers/paths.js';

/**
 * Golden fixture folders: fixtures/cases/<case>/input.md parses to
 * expected.json. Regenerate on purpose with UPDATE=1, then review the diff.
 */
const casesDir = join(repoRoot, 'fixtures', 'cases');
const cases = readdirSync(casesDir).filter((name) => existsSync(join(casesDir, name, 'input.md'))).sort();

describe('golden fixture cases', () => {
  it('has cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(5);
  });

  it.each(cases)('%s', (name) => {
    const input = readFileSync(join(casesDir, name, 'input.md'), 'utf8');
    const model = parse(input, { path: `fixtures/cases/${name}/input.md` });
    expect(validateReport(model).ok).toBe(true);
    const expectedPath = join(casesDir, name, 'expected.json');
    const actual = `${JSON.stringify(model, null, 2)}\n`;
    if (process.env.UPDATE === '1') writeFileSync(expectedPath, actual);
    expect(existsSync(expectedPath), `${expectedPath} missing: run with UPDATE=1 and review it`).toBe(true);
    expect(actual).toBe(readFileSync(expectedPath, 'utf8'));
  });
});
