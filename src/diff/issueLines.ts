import type { Issue, Report } from '../model/types.js';
import { sectionLines, type SourceLine } from './sectionLines.js';

/**
 * The lines an issue is written on: its title line, then the lines of its
 * section after it up to the next issue of that section ("### Minor Theater
 * Remnants (3 instances)" and its bullets "Console.log: 191 (down 96% from
 * 4,746)", ...). One entry per issue, in the report's order.
 */
export function issueLines(report: Report): SourceLine[][] {
  const bySection = new Map<string, SourceLine[]>(report.sections.map((s) => [s.id, sectionLines(s)]));
  return report.issues.map((issue, i) => {
    const own: SourceLine = { position: issue.position, text: issue.title };
    const next = nextStart(report.issues, i);
    const after = (bySection.get(issue.sectionId) ?? []).filter((l) => l.position.line > issue.position.line && l.position.line < next && l.text !== '');
    return [own, ...after];
  });
}

function nextStart(issues: readonly Issue[], i: number): number {
  const issue = issues[i];
  const later = issues.slice(i + 1).find((other) => other.sectionId === issue?.sectionId && other.position.line > (issue?.position.line ?? 0));
  return later?.position.line ?? Number.POSITIVE_INFINITY;
}
