import type { Issue, Report } from '../../model/types.js';
import { normalizeKey } from '../../parse/text/normalizeKey.js';
import { CLAIM_OPEN_STATUSES, RESOLVED_CLAIM, RESOLVED_NEGATION } from '../policy/claims.js';
import { reportLines, type SourceLine } from '../sourceLines.js';
import type { LintCitation, LintRule, RuleFinding } from '../types.js';

/** Titles shorter than this ("Tests", "Docs") name too many things to match across sections. */
const MIN_TITLE = 8;

/** Where else the report states this issue as resolved: another issue entry, or a line of another section naming it with a resolved mark. */
function resolvedElsewhere(issue: Issue, issues: readonly Issue[], lines: readonly SourceLine[]): LintCitation[] {
  const key = normalizeKey(issue.title);
  const entries = issues.filter((i) => i.status === 'resolved' && i.sectionId !== issue.sectionId && normalizeKey(i.title) === key);
  const title = issue.title.toLowerCase();
  const stated = lines.filter((l) => l.section.id !== issue.sectionId && l.line !== issue.position.line
    && !entries.some((e) => e.position.line === l.line)
    && l.text.replace(/[*_`]/g, '').toLowerCase().includes(title)
    && RESOLVED_CLAIM.test(l.text) && !RESOLVED_NEGATION.test(l.text));
  return [
    ...entries.map((e) => ({ position: e.position, note: 'listed as resolved' })),
    ...stated.map((l) => ({ position: { line: l.line, column: 1 }, note: 'stated as resolved' })),
  ];
}

export const issueStatusConflict: LintRule = {
  id: 'issue-status-conflict',
  severity: 'warning',
  description: 'The same issue is listed as open in one section and as resolved in another',
  check(report: Report): RuleFinding[] {
    const open = report.issues.filter((i) => CLAIM_OPEN_STATUSES.has(i.status) && i.title.length >= MIN_TITLE);
    if (open.length === 0) return [];
    const lines = reportLines(report);
    const found: RuleFinding[] = [];
    for (const issue of open) {
      const resolved = resolvedElsewhere(issue, report.issues, lines);
      if (resolved.length === 0) continue;
      found.push({
        message: `Issue "${issue.title}" is listed as ${issue.status} here and as resolved on line ${resolved.map((r) => r.position.line).join(', ')}`,
        citations: [{ position: issue.position, note: `listed as ${issue.status}` }, ...resolved],
      });
    }
    return found;
  },
};
