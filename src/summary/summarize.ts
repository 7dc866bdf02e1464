import { bucketOf } from '../model/riskLevel.js';
import type { Report } from '../model/types.js';

export interface Summary {
  title: string | null;
  phase: string | null;
  metrics: number;
  gates: { total: number; met: number; unmet: number; unknown: number };
  issues: { total: number; open: number; resolved: number; bySeverity: Record<string, number> };
  risks: Record<string, number>;
  actions: number;
  steps: number;
  criteria: number;
  verdict: string | null;
  diagnostics: number;
}

/** Counts that tell at a glance what a report holds (also the corpus golden files). */
export function summarize(report: Report): Summary {
  return {
    title: report.meta.title?.value ?? null,
    phase: report.meta.phase?.label ?? null,
    metrics: report.metrics.length,
    gates: {
      total: report.gates.length,
      met: report.gates.filter((g) => g.met === true).length,
      unmet: report.gates.filter((g) => g.met === false).length,
      unknown: report.gates.filter((g) => g.met === null).length,
    },
    issues: {
      total: report.issues.length,
      open: report.issues.filter((i) => i.status !== 'resolved').length,
      resolved: report.issues.filter((i) => i.status === 'resolved').length,
      bySeverity: countBy(report.issues.map((i) => i.severity)),
    },
    risks: countBy(report.risks.map(bucketOf)),
    actions: report.actions.length,
    steps: report.steps.length,
    criteria: report.criteria.length,
    verdict: report.verdict?.value ?? null,
    diagnostics: report.diagnostics.length,
  };
}

function countBy(values: string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const value of [...values].sort()) counts[value] = (counts[value] ?? 0) + 1;
  return counts;
}
