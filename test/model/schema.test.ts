import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { jsonSchema } from '../../src/model/jsonSchema.js';
import { repoRoot } from '../helpers/paths.js';

const committed = join(repoRoot, 'schema', 'phase-report.schema.json');

describe('the published JSON Schema', () => {
  it('matches the schema in the code (regenerate with UPDATE=1 or `npm run schema`)', () => {
    const generated = `${JSON.stringify(jsonSchema(), null, 2)}\n`;
    if (process.env.UPDATE === '1') writeFileSync(committed, generated);
    expect(readFileSync(committed, 'utf8')).toBe(generated);
  });
});
