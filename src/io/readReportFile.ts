import { open, stat } from 'node:fs/promises';
import { constants, type Stats } from 'node:fs';
import { PhaseReportError } from '../errors.js';
import { decodeReport } from './decodeReport.js';

/** Default largest report accepted. Real reports are well under 100 KB; markdown parsing is superlinear on pathological input, so the limit also bounds parse time. */
export const DEFAULT_MAX_MB = 2;
export const DEFAULT_MAX_BYTES = DEFAULT_MAX_MB * 1024 * 1024;

/**
 * Read one report file as text, refusing what cannot be a report with a clear
 * message naming the file: missing, a directory, too large, binary, not UTF-8.
 */
export async function readReportFile(path: string, options: { maxBytes?: number; displayName?: string } = {}): Promise<string> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const file = options.displayName ?? path;
  // checked before opening: opening a FIFO blocks until a writer comes, and ignores signals meanwhile
  const kind = await stat(path).then(notRegular, (error: unknown) => {
    throw new PhaseReportError('input', describeOpenError(error), { file, cause: error });
  });
  if (kind !== null) throw new PhaseReportError('input', kind, { file });
  // non-blocking: a file swapped for a FIFO after the check still cannot hang the run
  const handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK).catch((error: unknown) => {
    throw new PhaseReportError('input', describeOpenError(error), { file, cause: error });
  });
  try {
    const info = await handle.stat();
    const opened = notRegular(info);
    if (opened !== null) throw new PhaseReportError('input', opened, { file });
    if (info.size > maxBytes) {
      throw new PhaseReportError('input', `is ${megabytes(info.size)}, larger than the ${megabytes(maxBytes)} limit (raise it with --max-size)`, { file });
    }
    const bytes = await handle.readFile();
    if (bytes.length > maxBytes) {
      throw new PhaseReportError('input', `is larger than the ${megabytes(maxBytes)} limit (raise it with --max-size)`, { file });
    }
    return decodeReport(bytes, file);
  } catch (error) {
    if (error instanceof PhaseReportError) throw error;
    throw new PhaseReportError('input', describeOpenError(error), { file, cause: error });
  } finally {
    await handle.close();
  }
}

/** Why a path that is not a regular file cannot be read, or null for a regular file. */
function notRegular(info: Stats): string | null {
  if (info.isFile()) return null;
  if (info.isDirectory()) return 'is a directory, not a markdown file';
  if (info.isFIFO()) return 'is a named pipe (FIFO), not a regular file; pipe it to standard input with `-` instead';
  if (info.isSocket()) return 'is a socket, not a regular file';
  if (info.isCharacterDevice() || info.isBlockDevice()) return 'is a device, not a regular file';
  return 'is not a regular file';
}

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

function describeOpenError(error: unknown): string {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
  const messages: Record<string, string> = {
    ENOENT: 'no such file',
    EACCES: 'permission denied',
    EISDIR: 'is a directory, not a markdown file',
    ENOTDIR: 'a part of the path is not a directory',
    ELOOP: 'too many symbolic links',
  };
  return messages[code] ?? `cannot be read (${code || (error instanceof Error ? error.message : String(error))})`;
}
