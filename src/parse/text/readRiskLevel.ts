import type { RiskLevel } from '../../model/types.js';
import { RISK_LEVEL_MARKERS, RISK_LEVELS } from '../policy/riskLevels.js';
import { cleanText } from './cleanText.js';

/**
 * The risk level a heading, `(High)` suffix, `Risk Level:` value or cell
 * names: a level word first, else a colour marker (`🔴`, `🟡`). Null when none.
 */
export function readRiskLevel(text: string): RiskLevel | null {
  const key = cleanText(text).toLowerCase();
  const word = RISK_LEVELS.find((row) => row.pattern.test(key));
  if (word) return word.level;
  return RISK_LEVEL_MARKERS.find((row) => row.tokens.some((t) => text.includes(t)))?.level ?? null;
}
