/**
 * The IDs Chromium gives the structure elements of a tagged PDF: `(node` and
 * a zero-padded DOM node number. The numbers come from a counter of the
 * renderer process, so the same HTML printed after other documents in that
 * renderer (or after its blank start page) gets the same IDs shifted by some
 * offset.
 */
const NODE_ID = /\(node(\d{8,12})\)/g;

/**
 * Renumbers those IDs from the lowest one (each minus the lowest, padded to
 * its own width), so printing is deterministic whatever the renderer printed
 * before. The shift keeps every ID distinct and in the same order (the ID
 * tree stays sorted) and every replacement has the same byte length, so the
 * cross-reference offsets stay valid.
 */
export function pinPdfNodeIds(pdf: Uint8Array): Uint8Array {
  const text = Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength).toString('latin1');
  let lowest: bigint | undefined;
  for (const [, digits = ''] of text.matchAll(NODE_ID)) {
    const id = BigInt(digits);
    if (lowest === undefined || id < lowest) lowest = id;
  }
  if (lowest === undefined || lowest === 0n) return pdf;
  const base = lowest;
  const pinned = text.replace(NODE_ID, (_entry, digits: string) => `(node${(BigInt(digits) - base).toString().padStart(digits.length, '0')})`);
  return new Uint8Array(Buffer.from(pinned, 'latin1'));
}
