import { reportRef } from '../diff/reportRef.js';
import { DIFF_SCHEMA_VERSION } from '../model/diffSchema.js';
import type { History, HistorySequence } from '../model/historySchema.js';
import type { Report } from '../model/types.js';
import { findReportDate } from './findReportDate.js';
import { issueLifetimes } from './issueLifetimes.js';
import { metricSeries } from './metricSeries.js';
import { orderReports } from './orderReports.js';
import { riskTracks } from './riskTracks.js';

/**
 * The history of many reports: ordered by phase, then date, then input
 * (`order` says which key decided and why), with each metric's series, each
 * issue's lifetime, each risk's levels and the verdicts over time.
 * `sequence` names the sequence the reports form (see groupSequences). Facts are
 * followed across reports with the same pairing rules as `diff`. Pure.
 */
export function history(reports: readonly Report[], sequence: HistorySequence = { name: 'all reports', rule: 'all' }): History {
  const { ordered, order } = orderReports(reports);
  const sorted = ordered.map((o) => o.report);
  return {
    schemaVersion: DIFF_SCHEMA_VERSION,
    sequence,
    order,
    reports: ordered.map((o) => ({ ...reportRef(o.report), inputIndex: o.inputIndex, date: findReportDate(o.report) })),
    metrics: metricSeries(sorted),
    issues: issueLifetimes(sorted),
    risks: riskTracks(sorted),
    verdicts: sorted.map((r) => (r.verdict ? { value: r.verdict.value, decision: r.verdict.decision, position: r.verdict.position } : null)),
  };
}
