import { describe, expect, it } from 'vitest';
import { pinPdfNodeIds } from '../../src/pdf/pinPdfNodeIds.js';

const encode = (text: string): Uint8Array => new Uint8Array(Buffer.from(text, 'latin1'));
const decode = (bytes: Uint8Array): string => Buffer.from(bytes).toString('latin1');
/** Structure elements and the ID tree as Chromium 156 writes them (from a printed report, IDs as found there). */
const tagged = (a: number, b: number, c: number) =>
  `%PDF-1.4\n%\xE2\xE3\n312 0 obj\n<</Type /StructElem\n/S /TH\n/K [28 313 0 R]\n/ID (node${String(b).padStart(8, '0')})>>\nendobj\n` +
  `320 0 obj\n<</Type /StructElem\n/S /TD\n/ID (node${String(c).padStart(8, '0')})>>\nendobj\n` +
  `400 0 obj\n<</Names [(node${String(a).padStart(8, '0')}) 311 0 R (node${String(b).padStart(8, '0')}) 312 0 R]\n/Limits [(node${String(a).padStart(8, '0')}) (node${String(c).padStart(8, '0')})]>>\nendobj\n`;

describe('pinPdfNodeIds', () => {
  it('gives the same bytes for the same document printed after a different number of DOM nodes, keeping length and order', () => {
    const first = pinPdfNodeIds(encode(tagged(135, 140, 964)));
    const later = pinPdfNodeIds(encode(tagged(136, 141, 965)));
    expect(decode(later)).toBe(decode(first));
    expect(first.byteLength).toBe(encode(tagged(135, 140, 964)).byteLength);
    expect(decode(first)).toContain('/ID (node00000005)');
    expect(decode(first)).toContain('/Limits [(node00000000) (node00000829)]');
  });

  it('leaves a PDF without structure IDs, or already from 0, as it is', () => {
    const plain = encode('%PDF-1.4\n1 0 obj\n<</Type /Catalog>>\nendobj\n');
    expect(pinPdfNodeIds(plain)).toBe(plain);
    const pinned = encode(tagged(0, 5, 829));
    expect(pinPdfNodeIds(pinned)).toBe(pinned);
  });
});
