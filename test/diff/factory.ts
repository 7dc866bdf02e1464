/** Hand-made reports for diff and history tests: a valid empty report plus the facts a test needs. */
import { RiskLevel } from '../../src/model/schema.js';
import { emptyReport } from '../helpers/emptyReport.js';
import type { Action, Gate, Issue, Metric, Quantity, Report, Risk, Section, ReportVerdict, Target, Verdict } from '../../src/model/types.js';

export const at = (line: number, column = 1) => ({ line, column });

export function report(overrides: Partial<Report> = {}, meta: Partial<Report['meta']> = {}): Report {
  return emptyReport(overrides, meta);
}

export function phaseMeta(phase: number | null, iso: string | null): Partial<Report['meta']> {
  return {
    phase: phase === null ? null : { label: String(phase), number: phase, position: at(1) },
    generated: iso === null ? null : { raw: iso, iso, position: at(3) },
  };
}

export function quantity(value: number | null, unit: string | null = null, raw = `${value ?? ''}${unit ?? ''}`): Quantity {
  return { value, unit, approximate: false, raw };
}

export function target(comparator: Target['comparator'], value: number | null, unit: string | null = '%'): Target {
  return { comparator, value, unit, raw: `${comparator}${value ?? ''}${unit ?? ''}` };
}

export function metric(name: string, line: number, fields: Partial<Metric> = {}): Metric {
  return {
    id: name.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim(),
    name,
    target: null,
    current: null,
    before: null,
    after: null,
    mark: null,
    status: null,
    sectionId: 'metrics',
    position: at(line),
    ...fields,
  };
}

export function issue(title: string, line: number, fields: Partial<Issue> = {}): Issue {
  return {
    id: `issue-${title.toLowerCase().replace(/\W+/g, '-')}`,
    title,
    detail: null,
    severity: 'unknown',
    category: null,
    status: 'open',
    identifiers: [],
    sectionId: 'issues',
    position: at(line),
    ...fields,
  };
}

/** a risk in `level`; a name that is no level ('watch') is an `other` bucket of that name */
export function risk(title: string, level: string, line: number): Risk {
  const known = RiskLevel.safeParse(level);
  return {
    id: `risk-${title.toLowerCase().replace(/\W+/g, '-')}`,
    level: known.success ? known.data : 'other',
    label: known.success ? null : level,
    title,
    detail: null,
    mitigation: null,
    sectionId: 'risks',
    position: at(line),
  };
}

export function gate(criterion: string, met: boolean | null, line: number): Gate {
  return { id: `gate-${criterion.toLowerCase()}`, criterion, target: null, current: null, met, sectionId: 'gates', position: at(line) };
}

export function action(owner: string, title: string | null, line: number, tasks: [string, Action['tasks'][number]['mark']][] = [], status: string | null = null): Action {
  return {
    owner,
    ownerKind: 'agent',
    title,
    status,
    tasks: tasks.map(([text, mark], i) => ({ text, mark, position: at(line + 1 + i, 4) })),
    sectionId: 'actions',
    position: at(line),
  };
}

export function verdict(value: string, decision: Verdict['decision'], line: number): ReportVerdict {
  return { value, decision, key: null, text: value, position: at(line), conflict: false };
}

/** A section whose markdown ends on `endLine` (so its lines are numbered back from there). */
export function section(heading: string, line: number, markdown: string, depth = 2): Section {
  return {
    id: heading.toLowerCase().replace(/\W+/g, '-'),
    heading,
    depth,
    parentId: null,
    kind: 'other',
    position: at(line),
    endLine: line + 1 + markdown.split('\n').length,
    markdown,
  };
}
