import type { Risk, RiskLevel } from './types.js';

/**
 * The one ranking of risk levels: higher is more severe. `none` and `resolved`
 * rank below every live level; `other` and `unknown` have no rank, so no
 * escalation is claimed across them. Display order, diff moves and the
 * next-report draft all read this table.
 */
export const RISK_LEVEL_RANK: Readonly<Record<RiskLevel, number | null>> = {
  critical: 4,
  high: 3,
  medium: 2,
  low: 1,
  none: 0,
  resolved: 0,
  other: null,
  unknown: null,
};

/** Levels most severe first; unranked levels last, in the enum's order. */
export const RISK_LEVEL_ORDER: readonly RiskLevel[] = (Object.keys(RISK_LEVEL_RANK) as RiskLevel[]).sort(
  (a, b) => (RISK_LEVEL_RANK[b] ?? -1) - (RISK_LEVEL_RANK[a] ?? -1),
);

/** Levels whose risks are gone: not carried into the next report. */
export const RETIRED_RISK_LEVELS: ReadonlySet<RiskLevel> = new Set(['resolved', 'none']);

/** The rank of a level written as text (a diff or history snapshot); null when unranked or not a level. */
export function riskRank(level: string): number | null {
  const key = level.trim().toLowerCase();
  return key in RISK_LEVEL_RANK ? RISK_LEVEL_RANK[key as RiskLevel] : null;
}

/** The name a risk's bucket is shown and grouped by: its level, or for `other` the bucket's own label. */
export function bucketOf(risk: Pick<Risk, 'level' | 'label'>): string {
  return risk.level === 'other' ? (risk.label ?? 'other') : risk.level;
}
