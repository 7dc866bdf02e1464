import type { Metric } from '../../model/types.js';
import { normalizeKey } from '../../parse/text/normalizeKey.js';
import type { CountNounOf } from '../countNouns.js';
import { metricValue } from '../metricValue.js';
import { MATCH_THRESHOLDS } from '../policy/matching.js';
import { SYNONYM_SCORE } from '../policy/metricSynonyms.js';
import { unitAgreement, unitClass } from '../unitClass.js';
import { canonicalMetricName } from './canonicalMetricName.js';
import { pairItems, type Allowed, type Pairing } from './pairItems.js';
import { titleScore } from './titleScore.js';
import { tokenSet } from './tokenSet.js';

/**
 * Pair metrics by normalised name, then by synonym (policy/metricSynonyms.ts)
 * or name likeness, with the stricter metric thresholds ("Total Compilation
 * Errors" ~ "Compilation Errors"). A pairing is confident only when subject
 * and unit agree:
 * - units (policy/unitClasses.ts): a percentage never pairs with a count or a
 *   score out of 100; a value with a unit and one without pair only as
 *   uncertain, and so do two unitless counts written with different nouns
 *   (`nouns`, read from the reports' lines by countNouns);
 * - subject: names that each carry a word the other lacks ("Settlement batch
 *   duration" and "Month-end batch duration") pair only as uncertain, unless
 *   they are synonyms.
 */
export function pairMetrics(older: readonly Metric[], newer: readonly Metric[], nouns: CountNounsOf = NO_NOUNS): Pairing<Metric, Metric> {
  return pairItems(older, newer, {
    olderId: (metric) => normalizeKey(metric.name),
    newerId: (metric) => normalizeKey(metric.name),
    score: metricScore,
    thresholds: MATCH_THRESHOLDS.metrics,
    allowed: (o, n) => metricsAgree(o, n, nouns.older(o), nouns.newer(n)),
  });
}

/** The nouns unitless counts are written with in each report (countNouns). */
export interface CountNounsOf {
  readonly older: CountNounOf;
  readonly newer: CountNounOf;
}

const NO_NOUNS: CountNounsOf = { older: () => null, newer: () => null };

function metricScore(older: Metric, newer: Metric): number {
  const name = titleScore(older.name, newer.name);
  return synonyms(older, newer) ? Math.max(name, SYNONYM_SCORE) : name;
}

/**
 * Whether two metrics may pair: never across unit classes; only as uncertain
 * when one side has no unit, when both are unitless counts of different
 * nouns (`olderNoun`, `newerNoun`: see countNouns), or when the names are of
 * different subjects.
 */
export function metricsAgree(older: Metric, newer: Metric, olderNoun: string | null = null, newerNoun: string | null = null): Allowed {
  const agreement = unitAgreement(unitClass(metricValue(older)), unitClass(metricValue(newer)));
  if (agreement === 'different') return 'never';
  if (agreement === 'unknown') return 'uncertain';
  if (olderNoun !== null && newerNoun !== null && olderNoun !== newerNoun) return 'uncertain';
  return synonyms(older, newer) || sameSubject(older.name, newer.name) ? 'any' : 'uncertain';
}

function synonyms(older: Metric, newer: Metric): boolean {
  const canonical = canonicalMetricName(older.name);
  return canonical !== null && canonical === canonicalMetricName(newer.name);
}

/** False when each name has a word the other lacks: two subjects measured the same way. */
function sameSubject(a: string, b: string): boolean {
  const x = tokenSet(a);
  const y = tokenSet(b);
  const onlyX = [...x].some((word) => !y.has(word));
  const onlyY = [...y].some((word) => !x.has(word));
  return !(onlyX && onlyY);
}
