/** Chromium's (Skia's) date entries in the document information dictionary. */
const DATE_ENTRY = /\/(CreationDate|ModDate) \(D:\d{14}[^)]{0,8}\)/g;

/**
 * Replaces the CreationDate and ModDate Chromium stamps into a PDF with
 * `date` (UTC), so printing is deterministic. The replacement has the same
 * byte length, so the cross-reference offsets stay valid; an entry of any
 * other shape is left alone rather than risk a corrupt file.
 */
export function pinPdfDates(pdf: Uint8Array, date: Date): Uint8Array {
  const text = Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength).toString('latin1');
  const stamp = pdfDate(date);
  const pinned = text.replace(DATE_ENTRY, (entry, key: string) => {
    const replacement = `/${key} (${stamp})`;
    return replacement.length === entry.length ? replacement : entry;
  });
  return pinned === text ? pdf : new Uint8Array(Buffer.from(pinned, 'latin1'));
}

/** `D:YYYYMMDDHHmmSS+00'00'`, the PDF date format Chromium writes. */
function pdfDate(date: Date): string {
  const iso = date.toISOString(); // 2026-01-31T12:34:56.789Z
  const digits = iso.slice(0, 19).replace(/[-T:]/g, '');
  return `D:${digits}+00'00'`;
}
