import type { RiskLevel } from '../../model/types.js';

/**
 * Risk levels as data. `RISK_LEVELS` is tested in order against cleaned,
 * lower-cased text (a heading, a `(High)` suffix, a `Risk Level:` value, a
 * Level cell); the first match names the level. Buckets that are not a level
 * of likelihood (resolved, remaining) keep their own name.
 */
export const RISK_LEVELS: ReadonlyArray<{ level: RiskLevel; pattern: RegExp }> = [
  { level: 'none', pattern: /\b(zero|no) risks?\b/ },
  // "High Confidence Areas" under a risk heading list strengths: a bucket of its own, not a level
  { level: 'other', pattern: /\bhigh confidence\b/ },
  { level: 'critical', pattern: /\b(critical|severe|extreme)\b/ },
  { level: 'high', pattern: /\b(high|major)\b/ },
  { level: 'medium', pattern: /\b(medium|moderate|med|elevated)\b/ },
  { level: 'low', pattern: /\b(low|minor|minimal)\b/ },
  { level: 'resolved', pattern: /\b(resolved|mitigated|closed|retired)\b/ },
];

/** Colour markers used as level headings: `### 🔴 High`. */
export const RISK_LEVEL_MARKERS: ReadonlyArray<{ level: RiskLevel; tokens: readonly string[] }> = [
  { level: 'high', tokens: ['🔴', '🔥', '[U+1F534]'] },
  { level: 'medium', tokens: ['🟡', '🟨', '🟠', '[U+1F7E1]'] },
  { level: 'low', tokens: ['🟢', '🟩', '[U+1F7E2]'] },
];

/** Ranks for combining Probability (Likelihood) and Impact into a level. */
export const RISK_RANKS: ReadonlyArray<{ rank: number; pattern: RegExp }> = [
  { rank: 0, pattern: /\bvery low\b/ },
  { rank: 4, pattern: /\b(critical|very high|extreme)\b/ },
  { rank: 3, pattern: /\bhigh\b/ },
  { rank: 2, pattern: /\b(medium|moderate)\b/ },
  { rank: 1, pattern: /\blow\b/ },
];

/**
 * The risk matrix: probability rank + impact rank -> level, first row whose
 * minimum the sum reaches. Medium x High (5) is high; Low x High (4) medium.
 */
export const RISK_MATRIX: ReadonlyArray<{ min: number; level: RiskLevel }> = [
  { min: 7, level: 'critical' },
  { min: 5, level: 'high' },
  { min: 4, level: 'medium' },
  { min: 0, level: 'low' },
];

/** Sections under a risk heading that list mitigations or monitoring, not risks. */
export const NOT_RISK_SECTIONS = /^(mitigation|mitigations|mitigation strateg(y|ies)|monitoring( requirements?)?|contingenc(y|ies))$/;

/** Table columns of risk registers, tested against normalised header keys. */
export const RISK_COLUMNS = {
  title: /^(risk|risks|risk category|risk item|risk name|risk description|item|title|name|description|category|threat)$/,
  level: /^(level|risk level|risk score|score|rating|risk rating|severity|overall|priority)$/,
  probability: /^(probability|likelihood|chance)$/,
  impact: /^(impact|consequence|effect)$/,
  mitigation: /^(mitigation|mitigations|mitigation strategy|response|treatment|action)$/,
} as const;

/** Rows of a risk table that summarise the others ("Overall Risk", "Total"). */
export const RISK_SUMMARY_ROW = /^(overall|total|aggregate|combined)\b/;

/** Headings that are one risk of a numbered register: `### Risk 1: Test Suite Delays`. */
export const RISK_HEADING = /^(?:risk|r)\s*#?\s*\d+\s*[:.\-–—]\s*/i;
