/** Hand-made reports for tests: an empty valid report plus the facts a test needs. */
import { emptyReport } from '../helpers/emptyReport.js';
import type { Gate, Issue, ReportVerdict, Verdict } from '../../src/model/types.js';

const at = (line: number) => ({ line, column: 1 });

export { emptyReport };

export function issue(title: string, severity: Issue['severity'], status: Issue['status'], line: number): Issue {
  return {
    id: `issue-${title.toLowerCase().replace(/\W+/g, '-')}`,
    title,
    detail: null,
    severity,
    category: null,
    status,
    identifiers: [],
    sectionId: 'issues',
    position: at(line),
  };
}

export function gate(criterion: string, met: boolean | null, line: number): Gate {
  return {
    id: `gate-${criterion.toLowerCase().replace(/\W+/g, '-')}`,
    criterion,
    target: { comparator: '>', value: 95, unit: '%', raw: '>95%' },
    current: met === null ? null : { value: met ? 97 : 60, unit: '%', approximate: false, raw: met ? '97%' : '60%' },
    met,
    sectionId: 'gates',
    position: at(line),
  };
}

export function verdict(decision: Verdict['decision'], line: number): ReportVerdict {
  const value = decision === 'go' ? 'GO' : decision === 'no-go' ? 'NO-GO' : 'CONDITIONAL GO';
  return { value, decision, key: 'Recommendation', text: `**Recommendation**: ${value}`, position: at(line), conflict: false };
}
