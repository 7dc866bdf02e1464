import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PhaseReportError } from '../../src/errors.js';
import { writeFileAtomic } from '../../src/io/writeFileAtomic.js';

const root = mkdtempSync(join(tmpdir(), 'phase-report-atomic-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

let folders = 0;
function freshFolder(): string {
  folders += 1;
  const folder = join(root, String(folders));
  mkdirSync(folder);
  return folder;
}

async function* failingStream(): AsyncIterable<Uint8Array> {
  yield new TextEncoder().encode('%PDF-1.4 half of a document');
  throw new Error('browser crashed mid-document');
}

describe('writeFileAtomic', () => {
  it('writes bytes and text, replacing an existing file, creating missing folders', async () => {
    const folder = freshFolder();
    const path = join(folder, 'nested', 'deeper', 'report.pdf');
    await writeFileAtomic(path, new TextEncoder().encode('first'));
    await writeFileAtomic(path, 'second');
    expect(readFileSync(path, 'utf8')).toBe('second');
    expect(readdirSync(join(folder, 'nested', 'deeper'))).toEqual(['report.pdf']);
  });

  it('writes a stream of chunks', async () => {
    const path = join(freshFolder(), 'streamed.txt');
    async function* chunks(): AsyncIterable<Uint8Array> {
      for (const part of ['a', 'b', 'c']) yield new TextEncoder().encode(part.repeat(100_000));
    }
    await writeFileAtomic(path, chunks());
    expect(readFileSync(path, 'utf8')).toBe('a'.repeat(100_000) + 'b'.repeat(100_000) + 'c'.repeat(100_000));
  });

  it('leaves the old file untouched and no temp file when the data fails midway', async () => {
    const folder = freshFolder();
    const path = join(folder, 'report.pdf');
    writeFileSync(path, 'complete old report');
    const error: unknown = await writeFileAtomic(path, failingStream()).catch((reason: unknown) => reason);
    expect(error).toBeInstanceOf(PhaseReportError);
    expect(error).toMatchObject({ code: 'output', file: path });
    expect(readFileSync(path, 'utf8')).toBe('complete old report');
    expect(readdirSync(folder)).toEqual(['report.pdf']);
  });

  it('leaves no file at all when a new file cannot be completed', async () => {
    const folder = freshFolder();
    await expect(writeFileAtomic(join(folder, 'new.pdf'), failingStream())).rejects.toMatchObject({ code: 'output' });
    expect(readdirSync(folder)).toEqual([]);
  });

  it('removes the temp file when the final rename fails (target is a folder)', async () => {
    const folder = freshFolder();
    mkdirSync(join(folder, 'report.pdf'));
    const error: unknown = await writeFileAtomic(join(folder, 'report.pdf'), 'data').catch((reason: unknown) => reason);
    expect(error).toMatchObject({ code: 'output' });
    expect((error as PhaseReportError).exitCode).toBe(7);
    expect(readdirSync(folder)).toEqual(['report.pdf']);
    expect(readdirSync(join(folder, 'report.pdf'))).toEqual([]);
  });
});
