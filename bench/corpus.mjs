// The texts every benchmark runs on: the shared corpus (when present) and the bundled fixtures.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = resolve(fileURLToPath(new URL('..', import.meta.url)));

function markdownFiles(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.md') && !f.endsWith('README.md'))
    .sort()
    .map((f) => join(dir, f));
}

/** [{ name, text }] for the corpus (../shared/corpus) and fixtures/. */
export function benchTexts() {
  const files = [...markdownFiles(resolve(root, '..', 'shared', 'corpus')), ...markdownFiles(join(root, 'fixtures'))];
  return files.map((file) => ({ name: file.slice(root.length + 1), text: readFileSync(file, 'utf8') }));
}

/** Median of numbers. */
export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
