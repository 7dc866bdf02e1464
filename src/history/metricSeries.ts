import { compareMetric } from '../diff/compareMetric.js';
import { countNouns } from '../diff/countNouns.js';
import { judgeBetter } from '../diff/judgeBetter.js';
import { numberOf } from '../model/quantityValue.js';
import { pairMetrics } from '../diff/match/pairMetrics.js';
import { mergeDuplicateMetrics } from '../diff/mergeDuplicateMetrics.js';
import { metricValue } from '../diff/metricValue.js';
import type { Match } from '../model/diffSchema.js';
import type { MetricSeries, SeriesPoint } from '../model/historySchema.js';
import type { Metric, Report } from '../model/types.js';
import { trackFacts } from './trackFacts.js';

/**
 * Each metric's value in every report (null where the report lacks it),
 * metrics followed across reports as the diff pairs them. The trend compares
 * the first and the last report that have the metric.
 */
export function metricSeries(reports: readonly Report[]): MetricSeries[] {
  const nouns = new Map(reports.map((r) => [r, countNouns(r)] as const));
  const lists = reports.map((r) => mergeDuplicateMetrics(r.metrics).metrics);
  const reportOf = new Map(lists.flatMap((list, i) => list.map((m) => [m, reports[i]] as const)));
  const nounOf = (metric: Metric): string | null => {
    const report = reportOf.get(metric);
    return report === undefined ? null : (nouns.get(report)?.(metric) ?? null);
  };
  const tracks = trackFacts(lists, (older, newer) => pairMetrics(older, newer, { older: nounOf, newer: nounOf }));
  return tracks.map((track) => {
    const present = track.cells.filter((cell): cell is Metric => cell !== null);
    const first = present[0] ?? track.latest;
    const last = present.at(-1) ?? track.latest;
    return {
      id: first.id,
      name: last.name,
      better: judgeBetter(first, last).better,
      points: track.cells.map((cell, i) => point(cell, track.matches[i] ?? null)),
      trend: present.length < 2 ? 'single' : trendOf(first, last),
    };
  });
}

function trendOf(first: Metric, last: Metric): MetricSeries['trend'] {
  const kind = compareMetric(first, last, judgeBetter(first, last)).kind;
  return kind === 'new' || kind === 'dropped' || kind === 'not-reported' || kind === 'conflict' ? 'changed' : kind;
}

function point(metric: Metric | null, match: Match | null): SeriesPoint | null {
  if (metric === null) return null;
  const value = metricValue(metric);
  return { value: numberOf(value), raw: value?.raw ?? '', unit: value?.unit ?? null, match, position: metric.position };
}
