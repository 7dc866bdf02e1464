import type { Report } from '../../model/types.js';
import { markdownToHtml } from '../markdown/markdownToHtml.js';
import type { BodySection } from './types.js';
import { appendAll } from '../../parse/text/appendAll.js';

export interface BodyView {
  readonly sections: readonly BodySection[];
  /** every line with an anchor: headings (anchored by the template) and body blocks */
  readonly anchors: readonly number[];
}

/**
 * Every section of the report, its markdown rendered to sanitised HTML with
 * `L<line>` anchors (source lines), so nothing of the source is lost.
 */
export function buildBody(report: Report): BodyView {
  const anchors: number[] = [];
  const sections = report.sections.map((section): BodySection => {
    if (section.depth > 0) anchors.push(section.position.line);
    const firstLine = section.endLine - (section.markdown.match(/\n/g)?.length ?? 0);
    const rendered = markdownToHtml(section.markdown, { firstLine, idPrefix: section.id });
    appendAll(anchors, rendered.lines);
    return {
      id: section.id,
      heading: section.heading,
      depth: section.depth,
      level: Math.min(6, section.depth + 2),
      kind: section.kind,
      line: section.position.line,
      html: rendered.html,
      findings: [],
    };
  });
  return { sections, anchors };
}
