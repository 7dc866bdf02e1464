/**
 * Date written into every PDF's CreationDate/ModDate when the caller gives
 * none, so the same HTML always prints to byte-identical PDFs (Chromium would
 * stamp the current time). The Unix epoch, as with SOURCE_DATE_EPOCH=0.
 */
export const DEFAULT_PDF_DATE = new Date(0);
