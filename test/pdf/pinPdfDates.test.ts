import { describe, expect, it } from 'vitest';
import { pinPdfDates } from '../../src/pdf/pinPdfDates.js';

const encode = (text: string): Uint8Array => new Uint8Array(Buffer.from(text, 'latin1'));
const decode = (bytes: Uint8Array): string => Buffer.from(bytes).toString('latin1');
const info = "2 0 obj\n<</Producer (Skia/PDF m156)\n/CreationDate (D:20261123211452+00'00')\n/ModDate (D:20261123211452+00'00')>>\nendobj\n";
const date = new Date('2025-03-14T09:26:53Z');

describe('pinPdfDates', () => {
  it('rewrites both date entries in place, keeping the byte length (xref offsets stay valid)', () => {
    const pinned = decode(pinPdfDates(encode(`%PDF-1.4\n%\xE2\xE3\n${info}`), date));
    expect(pinned).toContain("/CreationDate (D:20250314092653+00'00')");
    expect(pinned).toContain("/ModDate (D:20250314092653+00'00')");
    expect(pinned).not.toContain('20261123');
    expect(pinned.length).toBe(`%PDF-1.4\n%\xE2\xE3\n${info}`.length);
    expect(pinned.startsWith('%PDF-1.4\n%\xE2\xE3\n')).toBe(true);
  });

  it('leaves dates of another shape alone rather than shift the file', () => {
    const odd = "/CreationDate (D:20261123211452Z)\n/ModDate (D:20261123211452-05'00'extra)";
    expect(decode(pinPdfDates(encode(odd), date))).toBe(odd);
  });
});
