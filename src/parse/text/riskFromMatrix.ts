import type { RiskLevel } from '../../model/types.js';
import { RISK_MATRIX, RISK_RANKS } from '../policy/riskLevels.js';
import { cleanText } from './cleanText.js';

/** The risk level of a Probability (Likelihood) and an Impact, by the risk matrix; null when either is unreadable. */
export function riskFromMatrix(probability: string, impact: string): RiskLevel | null {
  const p = rank(probability);
  const i = rank(impact);
  if (p === null || i === null) return null;
  return RISK_MATRIX.find((row) => p + i >= row.min)?.level ?? null;
}

function rank(text: string): number | null {
  const key = cleanText(text).toLowerCase();
  return RISK_RANKS.find((row) => row.pattern.test(key))?.rank ?? null;
}
