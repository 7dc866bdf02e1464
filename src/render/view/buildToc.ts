import { REPORT_PARTS, TOC_MAX_SECTION_DEPTH } from '../policy/reportParts.js';
import type { BodySection, PartsView, TocEntry } from './types.js';

/** The table of contents: the page parts shown, and under "Full report" the report's headings. */
export function buildToc(parts: PartsView, sections: readonly BodySection[]): TocEntry[] {
  const entries: TocEntry[] = [];
  for (const { key } of REPORT_PARTS) {
    const part = parts[key];
    if (!part.shown) continue;
    entries.push({ href: `#${part.id}`, text: part.title, level: 1 });
    if (key !== 'body') continue;
    for (const s of sections) {
      if (s.depth === 0 || s.depth > TOC_MAX_SECTION_DEPTH || s.heading === '') continue;
      entries.push({ href: `#${s.id}`, text: s.heading, level: s.depth + 1 });
    }
  }
  return entries;
}
