import { mkdir, open, rename, rm, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { PhaseReportError } from '../errors.js';

/** What can be written: text (UTF-8), bytes, or a stream of byte chunks. */
export type AtomicData = string | Uint8Array | AsyncIterable<Uint8Array>;

let tempCounter = 0;

/**
 * Writes `data` to `path` so that `path` is either untouched or complete:
 * the bytes go to a temp file in the same folder, are fsynced, and the temp
 * file is renamed over `path`. On any failure the temp file is removed and a
 * PhaseReportError (code 'output') is thrown. Creates the folder if missing.
 */
export async function writeFileAtomic(path: string, data: AtomicData): Promise<void> {
  const folder = dirname(path);
  tempCounter += 1;
  const temp = join(folder, `.${basename(path)}.${process.pid}.${tempCounter}.tmp`);
  let handle: FileHandle | undefined;
  try {
    await mkdir(folder, { recursive: true });
    handle = await open(temp, 'wx');
    await writeAll(handle, data);
    await handle.sync();
    await handle.close();
    handle = undefined;
    await rename(temp, path);
  } catch (error) {
    await handle?.close().catch(() => undefined);
    await rm(temp, { force: true }).catch(() => undefined);
    throw new PhaseReportError('output', `cannot be written: ${describe(error)}`, { file: path, cause: error });
  }
  await syncFolder(folder);
}

async function writeAll(handle: FileHandle, data: AtomicData): Promise<void> {
  if (typeof data === 'string' || data instanceof Uint8Array) {
    await handle.writeFile(data);
    return;
  }
  for await (const chunk of data) {
    let offset = 0;
    while (offset < chunk.byteLength) {
      const { bytesWritten } = await handle.write(chunk, offset);
      offset += bytesWritten;
    }
  }
}

/** Makes the rename itself durable; best effort (not every platform can fsync a folder). */
async function syncFolder(folder: string): Promise<void> {
  try {
    const handle = await open(folder, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // a folder that cannot be fsynced still holds the renamed file
  }
}

/** The reason in words, for the common system errors; the system's own text otherwise. */
function describe(error: unknown): string {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
  const reasons: Record<string, string> = {
    EEXIST: 'a part of the output folder is a file',
    ENOTDIR: 'a part of the output folder is a file',
    EACCES: 'permission denied',
    EPERM: 'permission denied',
    ENOSPC: 'no space left on the device',
    EROFS: 'the file system is read-only',
    EISDIR: 'a folder of that name is in the way',
  };
  return reasons[code] ?? (error instanceof Error ? error.message : String(error));
}
