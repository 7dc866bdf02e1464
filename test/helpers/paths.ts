import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const sharedDir = resolve(repoRoot, '..', 'shared');
export const corpusDir = join(sharedDir, 'corpus');
export const seedPath = join(sharedDir, 'seeds', '000_718d4ae93b8ae2e4.txt');

/** The reference report's text. */
export function seedText(): string {
  return readFileSync(seedPath, 'utf8');
}

/** Names of the corpus reports (markdown files other than its README). */
export function corpusFiles(): string[] {
  if (!existsSync(corpusDir)) throw new Error(`the corpus is missing: expected ${corpusDir} (CI places ../shared beside the clone)`);
  return readdirSync(corpusDir).filter((f) => f.endsWith('.md') && f !== 'README.md').sort();
}

export function corpusText(name: string): string {
  return readFileSync(join(corpusDir, name), 'utf8');
}
