import type { Format } from '../config/configSchema.js';
import type { IndexEntry } from '../render/index.js';
import type { PdfOutput, TextOutput } from './types.js';

/** How to produce one document in each format; each is called only when its format is asked for. */
export interface DocumentSources {
  /** the PDF's title (header and document properties) */
  readonly title: string;
  readonly html: () => string;
  readonly md?: () => string;
  readonly json: () => unknown;
}

/**
 * One document (a report, a diff, a history) as `<name>.html`, `.pdf`, `.md`
 * and `.json` in the formats asked for: the HTML is rendered once for both
 * the page and the PDF. Returns the outputs and the files for index.html.
 */
export function planDocument(name: string, sources: DocumentSources, formats: readonly Format[]): { texts: TextOutput[]; pdfs: PdfOutput[]; files: IndexEntry['files'] } {
  const texts: TextOutput[] = [];
  const pdfs: PdfOutput[] = [];
  const files: { html?: string; pdf?: string; md?: string; json?: string } = {};
  const wants = new Set(formats);
  if (wants.has('html') || wants.has('pdf')) {
    const html = sources.html();
    if (wants.has('html')) texts.push({ path: (files.html = `${name}.html`), content: html });
    if (wants.has('pdf')) pdfs.push({ path: (files.pdf = `${name}.pdf`), html, title: sources.title });
  }
  if (wants.has('md') && sources.md) texts.push({ path: (files.md = `${name}.md`), content: sources.md() });
  if (wants.has('json')) texts.push({ path: (files.json = `${name}.json`), content: `${JSON.stringify(sources.json(), null, 2)}\n` });
  return { texts, pdfs, files };
}
