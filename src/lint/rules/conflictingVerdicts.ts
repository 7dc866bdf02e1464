import type { Report } from '../../model/types.js';
import { type StatedVerdict, statedVerdicts } from '../statedVerdicts.js';
import type { LintRule, RuleFinding } from '../types.js';

const cite = (v: StatedVerdict) => ({ position: v.position, note: `states ${v.value}` });

export const conflictingVerdicts: LintRule = {
  id: 'conflicting-verdicts',
  severity: 'warning',
  description: 'The report states NO-GO in one place and GO or CONDITIONAL GO in another',
  check(report: Report): RuleFinding[] {
    const verdicts = statedVerdicts(report);
    const decisions = [...new Set(verdicts.map((v) => v.decision))];
    const [first, ...rest] = verdicts;
    // GO beside CONDITIONAL GO ("ready, with monitoring") is a nuance; a conflict is one side saying NO-GO
    if (!first || decisions.length < 2 || !decisions.includes('no-go')) return [];
    const summary = decisions.map((d) => `${d} (line ${verdicts.filter((v) => v.decision === d).map((v) => v.position.line).join(', ')})`).join(' vs ');
    return [{
      message: `The report states conflicting verdicts: ${summary}`,
      citations: [cite(first), ...rest.map(cite)],
    }];
  },
};
