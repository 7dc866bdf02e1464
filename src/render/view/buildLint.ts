import type { LintFinding } from '../../lint/types.js';
import type { Report } from '../../model/types.js';
import type { SourceLinker } from './createSourceLinker.js';
import type { BodySection, LintItem, LintNote, LintView } from './types.js';

/** Anchor id of the n-th finding (0-based) in the lint part. */
const anchorOf = (index: number) => `pr-lint-${index + 1}`;

/** The lint findings of the report, each with links to every line it cites, and counts by severity. */
export function buildLint(findings: readonly LintFinding[], link: SourceLinker): LintView {
  const items = findings.map((f, i): LintItem => ({
    id: anchorOf(i),
    ruleId: f.ruleId,
    severity: f.severity,
    message: f.message,
    source: link(f.position),
    cited: f.citations.map((c) => ({ note: c.note, source: link(c.position) })),
  }));
  const count = (severity: string) => items.filter((i) => i.severity === severity).length;
  return { items, errors: count('error'), warnings: count('warning'), infos: count('info'), total: items.length };
}

/**
 * Each body section with the findings that cite one of its lines (a section's
 * own lines run from its heading to `endLine`), so the page shows a finding
 * next to the lines it concerns as well as in the list.
 */
export function attachLintNotes(sections: readonly BodySection[], report: Report, findings: readonly LintFinding[]): BodySection[] {
  if (findings.length === 0) return [...sections];
  const ranges = new Map(report.sections.map((s) => [s.id, [s.position.line, s.endLine] as const]));
  return sections.map((section) => {
    const [from, to] = ranges.get(section.id) ?? [section.line, section.line];
    const notes: LintNote[] = [];
    findings.forEach((f, i) => {
      const lines = f.citations.map((c) => c.position.line).filter((l) => l >= from && l <= to);
      if (lines.length > 0) notes.push({ severity: f.severity, ruleId: f.ruleId, message: f.message, href: `#${anchorOf(i)}`, lines: [...new Set(lines)] });
    });
    return notes.length > 0 ? { ...section, findings: notes } : section;
  });
}
