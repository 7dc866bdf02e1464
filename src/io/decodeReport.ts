import { PhaseReportError } from '../errors.js';

/**
 * Decode a report's bytes as UTF-8 text (a BOM is dropped later by the
 * parser). Refuses empty, UTF-16, binary and invalid UTF-8 input, naming the line.
 */
export function decodeReport(bytes: Uint8Array, file: string): string {
  if (bytes.length === 0 || isBlank(bytes)) throw new PhaseReportError('input', 'is empty: nothing to parse', { file });
  const utf16 = utf16Bom(bytes);
  if (utf16 !== null) throw new PhaseReportError('input', `is UTF-16 (${utf16}, it starts with a UTF-16 byte-order mark), not UTF-8; save it as UTF-8`, { file });
  const nul = bytes.indexOf(0);
  if (nul !== -1 && nul < 8192) {
    throw new PhaseReportError('input', 'looks like a binary file (it contains NUL bytes), not markdown', { file, line: lineAt(bytes, nul) });
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const offset = firstInvalidUtf8(bytes);
    throw new PhaseReportError('input', `is not valid UTF-8 (byte offset ${offset}); save it as UTF-8`, { file, line: lineAt(bytes, offset) });
  }
}

function utf16Bom(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'little-endian';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'big-endian';
  return null;
}

function isBlank(bytes: Uint8Array): boolean {
  return bytes.length < 64 && new TextDecoder().decode(bytes).replace(/^\uFEFF/, '').trim() === '';
}

function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < bytes.length; i++) if (bytes[i] === 0x0a) line += 1;
  return line;
}

/** Offset of the first byte that does not start or continue a valid UTF-8 sequence. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const length = sequenceLength(bytes, i);
    if (length === 0) return i;
    i += length;
  }
  return bytes.length;
}

function sequenceLength(bytes: Uint8Array, i: number): number {
  const b = bytes[i] ?? 0;
  const need = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
  for (let k = 1; k < need; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return 0;
  return need;
}
