import type { Report, Section } from '../model/types.js';

/** One source line of a section's body, with its 1-based line number. */
export interface SourceLine {
  readonly line: number;
  readonly text: string;
  readonly section: Section;
}

/**
 * The body lines of a section, numbered as in the source. A section's
 * markdown runs from its first block to the end of its last block, which ends
 * on `endLine`: so its first line is `endLine - (lines - 1)`.
 */
export function sectionLines(section: Section): SourceLine[] {
  if (section.markdown === '') return [];
  const texts = section.markdown.split(/\r?\n/);
  const first = section.endLine - texts.length + 1;
  return texts.map((text, i) => ({ line: first + i, text, section }));
}

/** Every body line of the report, in source order (headings are in `section.heading`). */
export function reportLines(report: Report): SourceLine[] {
  return report.sections.flatMap(sectionLines);
}

/** Line number -> source text of that line (headings written back as `## heading`), for rules that read the line a fact sits on. */
export function lineIndex(report: Report): ReadonlyMap<number, string> {
  const index = new Map<number, string>();
  for (const section of report.sections) {
    if (section.depth > 0) index.set(section.position.line, `${'#'.repeat(section.depth)} ${section.heading}`);
    for (const l of sectionLines(section)) index.set(l.line, l.text);
  }
  return index;
}
