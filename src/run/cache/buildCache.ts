import { randomUUID } from 'node:crypto';
import { mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import type { RunContext } from '../types.js';
import { sha256 } from './hash.js';

/** What is known of a file written to the output folder: its content hash and its size and time on disk then. */
export interface WrittenFile {
  readonly sha: string;
  readonly size: number;
  readonly mtimeMs: number;
}

/**
 * The content-addressed build cache (`.cache/phase-report/` by default):
 * `entries/<key>.json` holds what a job produced for a key (a hash of all of
 * its inputs), `blobs/<sha>` holds file contents by their own hash (PDFs),
 * and `outputs/<hash of the output folder>.json` what was last written
 * there, so unchanged files are not written again. Every read tolerates a
 * missing or damaged file (a miss); writes go through a temp file and rename.
 */
export interface BuildCache {
  readEntry<T>(key: string): Promise<T | undefined>;
  /** an entry is stored for `key` (it may still be damaged: readEntry has the last word) */
  hasEntry(key: string): Promise<boolean>;
  writeEntry(key: string, value: unknown): Promise<void>;
  readBlob(sha: string): Promise<Uint8Array | undefined>;
  writeBlob(data: Uint8Array): Promise<string>;
  /** the record of an output folder (absolute path) */
  readOutputs(outDir: string): Promise<Record<string, WrittenFile>>;
  writeOutputs(outDir: string, files: Record<string, WrittenFile>): Promise<void>;
}

/** The cache a run uses: the configured folder (relative to `cwd`), none with `cache: null` (`--no-cache`). */
export function runCache(context: RunContext): BuildCache | undefined {
  return context.config.cache === null ? undefined : openBuildCache(resolve(context.cwd, context.config.cache));
}

export function openBuildCache(dir: string): BuildCache {
  const entryPath = (key: string) => join(dir, 'entries', key.slice(0, 2), `${key}.json`);
  const blobPath = (sha: string) => join(dir, 'blobs', sha.slice(0, 2), sha);
  const outputsPath = (outDir: string) => join(dir, 'outputs', `${sha256(outDir)}.json`);
  return {
    readEntry: async <T>(key: string) => readJson<T>(entryPath(key)),
    hasEntry: async (key) => (await stat(entryPath(key)).catch(() => null))?.isFile() === true,
    writeEntry: (key, value) => writeAtomically(entryPath(key), JSON.stringify(value)),
    readBlob: async (sha) => {
      const data = await readFile(blobPath(sha)).catch(() => undefined);
      return data !== undefined && sha256(data) === sha ? data : undefined;
    },
    writeBlob: async (data) => {
      const sha = sha256(data);
      const path = blobPath(sha);
      if (!(await stat(path).catch(() => null))) await writeAtomically(path, data);
      return sha;
    },
    readOutputs: async (outDir) => (await readJson<Record<string, WrittenFile>>(outputsPath(outDir))) ?? {},
    writeOutputs: (outDir, files) => writeAtomically(outputsPath(outDir), JSON.stringify(files)),
  };
}

async function readJson<T>(path: string): Promise<T | undefined> {
  try {
    return JSON.parse(await readFile(path, 'utf8')) as T;
  } catch {
    return undefined;
  }
}

async function writeAtomically(path: string, data: string | Uint8Array): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const temp = `${path}.${randomUUID()}.tmp`;
  await writeFile(temp, data);
  await rename(temp, path);
}
