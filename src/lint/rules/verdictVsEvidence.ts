import type { Position, Report } from '../../model/types.js';
import { CLAIM_BLOCKING_SEVERITIES, CLAIM_OPEN_STATUSES, DONE_CLAIM, DONE_NEGATION } from '../policy/claims.js';
import { normalizeKey } from '../../parse/text/normalizeKey.js';
import type { LintCitation, LintRule, RuleFinding } from '../types.js';

interface Claim {
  readonly text: string;
  readonly position: Position;
}

/** The go or done claims of the report: a GO verdict, a status saying complete or ready. */
function claims(report: Report): Claim[] {
  const found: Claim[] = [];
  const { verdict } = report;
  if (verdict?.decision === 'go') found.push({ text: verdict.value, position: verdict.position });
  // the header's status and any other `Status:` line of the header or footer ("Assessment Complete")
  const statuses = [
    ...(report.meta.status ? [report.meta.status] : []),
    ...report.meta.fields.filter((f) => normalizeKey(f.key) === 'status'),
  ];
  for (const status of statuses) {
    if (!DONE_CLAIM.test(status.value) || DONE_NEGATION.test(status.value)) continue;
    if (found.some((c) => c.position.line === status.position.line)) continue;
    found.push({ text: status.value.replace(/[*_`]/g, '').trim(), position: status.position });
  }
  return found;
}

export const verdictVsEvidence: LintRule = {
  id: 'verdict-vs-evidence',
  severity: 'warning',
  description: 'A GO verdict or a "complete"/"ready" status is stated while blocking or critical issues are open or quality gates are unmet',
  check(report: Report): RuleFinding[] {
    const open = report.issues.filter((i) => CLAIM_BLOCKING_SEVERITIES.has(i.severity) && CLAIM_OPEN_STATUSES.has(i.status));
    const unmet = report.gates.filter((g) => g.met === false);
    if (open.length === 0 && unmet.length === 0) return [];
    const evidence: LintCitation[] = [
      ...open.map((i) => ({ position: i.position, note: `open ${i.severity} issue "${i.title}"` })),
      ...unmet.map((g) => ({ position: g.position, note: `unmet gate "${g.criterion}"` })),
    ];
    const counts = [
      open.length > 0 ? `${open.length} open blocking/critical ${open.length === 1 ? 'issue' : 'issues'}` : '',
      unmet.length > 0 ? `${unmet.length} unmet ${unmet.length === 1 ? 'gate' : 'gates'}` : '',
    ].filter(Boolean).join(' and ');
    return claims(report).map((claim) => ({
      message: `"${claim.text}" is claimed while the report lists ${counts}`,
      citations: [{ position: claim.position, note: `claims ${claim.text}` }, ...evidence],
    }));
  },
};
