import { execFileSync } from 'node:child_process';

/** Reads PDFs back with poppler-utils (installed by scripts/setup.sh). */
function run(tool: string, args: string[]): string {
  return execFileSync(tool, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}

/** The text of the PDF, in reading order. */
export function pdfText(path: string): string {
  return run('pdftotext', ['-layout', path, '-']);
}

/** pdfinfo's "Key: value" lines as a record. */
export function pdfInfo(path: string): Record<string, string> {
  const info: Record<string, string> = {};
  for (const line of run('pdfinfo', ['-isodates', path]).split('\n')) {
    const match = /^([^:]+):\s*(.*)$/.exec(line);
    if (match?.[1] !== undefined && match[2] !== undefined) info[match[1].trim()] = match[2].trim();
  }
  return info;
}

export function pageCount(path: string): number {
  return Number(pdfInfo(path)['Pages']);
}

/** Titles of the PDF outline (bookmarks), read from pdftohtml's XML. */
export function outlineTitles(path: string): string[] {
  const xml = run('pdftohtml', ['-xml', '-i', '-stdout', '-q', path]);
  const outline = xml.slice(xml.indexOf('<outline>'));
  return [...outline.matchAll(/<item[^>]*>([^<]*)<\/item>/g)].map((m) => decodeXml(m[1] ?? ''));
}

/** Font types listed by pdffonts (e.g. "CID TrueType", "Type 3"). */
export function fontTypes(path: string): string[] {
  const [, rule = '', ...rows] = run('pdffonts', [path]).split('\n');
  // the dashed rule under the header gives the column widths
  const start = rule.indexOf(' ') + 1;
  const end = rule.indexOf(' ', start);
  return rows.filter((row) => row.trim() !== '').map((row) => row.slice(start, end).trim());
}

function decodeXml(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&amp;/g, '&');
}
