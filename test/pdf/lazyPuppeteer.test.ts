import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const srcRoot = new URL('../../src/', import.meta.url).pathname;

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

// An HTML-only run must never load puppeteer: the library may name its types
// (`import type`) but loads it only with `await import('puppeteer-core')`.
describe('puppeteer is loaded lazily', () => {
  it('is never imported for its values at module level anywhere in src/', () => {
    const eager = sourceFiles(srcRoot).filter((file) =>
      /^\s*(import|export)\s+(?!type\b)[^;]*from\s+['"]puppeteer(-core)?['"]/m.test(readFileSync(file, 'utf8')),
    );
    expect(eager).toEqual([]);
  });
});
