import type { Report, Risk } from '../../model/types.js';
import { toneOf } from '../helpers/toneOf.js';
import { labelOf } from '../helpers/labelOf.js';
import { bucketOf, RISK_LEVEL_ORDER, riskRank } from '../../model/riskLevel.js';
import type { SourceLinker } from './createSourceLinker.js';
import type { RiskGroup, RisksView } from './types.js';

/** Risks grouped by level (most severe first, in source order inside a level), and a chart of the counts. */
export function buildRisks(report: Report, link: SourceLinker): RisksView {
  const byLevel = new Map<string, Risk[]>();
  for (const risk of report.risks) {
    const level = bucketOf(risk).trim().toLowerCase() || 'unknown';
    byLevel.set(level, [...(byLevel.get(level) ?? []), risk]);
  }
  const groups: RiskGroup[] = [...byLevel.keys()].sort(compareLevels).map((level) => ({
    level,
    tone: toneOf(level),
    risks: (byLevel.get(level) ?? []).map((risk) => ({ title: risk.title, detail: risk.detail, mitigation: risk.mitigation, source: link(risk.position) })),
  }));
  const chart = groups.map((g) => ({ name: labelOf(g.level), value: g.risks.length, status: g.level }));
  return { groups, total: report.risks.length, chart };
}

function compareLevels(a: string, b: string): number {
  const rank = (level: string): number => {
    // ranked levels first, most severe first; other buckets (their own names) after, alphabetically
    const index = (RISK_LEVEL_ORDER as readonly string[]).indexOf(level);
    return index === -1 || riskRank(level) === null ? RISK_LEVEL_ORDER.length : index;
  };
  return rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0);
}
