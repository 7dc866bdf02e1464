import type { Position, Section } from '../model/types.js';

export interface SourceLine {
  readonly position: Position;
  /** the line as written, trimmed */
  readonly text: string;
}

/**
 * The lines of a section's markdown (heading excluded) with their places in
 * the report: a line's number is counted back from the section's `endLine`,
 * where its markdown ends; its column is where its text starts.
 */
export function sectionLines(section: Section): SourceLine[] {
  if (section.markdown === '') return [];
  const lines = section.markdown.split('\n');
  const first = section.endLine - (lines.length - 1);
  return lines.map((line, k) => {
    const indent = k === 0 ? 0 : line.length - line.trimStart().length;
    return { position: { line: first + k, column: indent + 1 }, text: line.trim() };
  });
}
