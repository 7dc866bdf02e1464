import { orderReports } from '../history/orderReports.js';
import type { HistoryOrder } from '../model/historySchema.js';
import type { PlannedSequence } from './planSequences.js';

/** The order a run placed one sequence's reports in, and why (as `build --json` and index.html state it). */
export interface SequenceOrder {
  readonly sequence: string;
  /** how the sequence was formed: config, project, title, phase, single, all */
  readonly rule: string;
  /** the sequence's reports in history order: the input as named, and its title */
  readonly reports: ReadonlyArray<{ readonly input: string; readonly title: string | null }>;
  readonly by: HistoryOrder['by'];
  readonly reason: string;
}

/**
 * The history order of each sequence (orderReports: phase, date, stage
 * word, order given; never file name), with the reason in words. Diffs are
 * made between neighbours of this order.
 */
export function sequenceOrders(sequences: readonly PlannedSequence[]): SequenceOrder[] {
  return sequences.map(({ sequence, reports }) => {
    const { ordered, order } = orderReports(reports.map((r) => r.report));
    return {
      sequence: sequence.name,
      rule: sequence.rule,
      reports: ordered.flatMap((o) => {
        const named = reports[o.inputIndex];
        return named === undefined ? [] : [{ input: named.input, title: named.report.meta.title?.value ?? null }];
      }),
      by: order.by,
      reason: order.reason,
    };
  });
}

/** The lines `build` prints on stderr: each sequence's order, then why. */
export function orderLines(orders: readonly SequenceOrder[]): string[] {
  return orders.flatMap((o) => {
    const label = orders.length > 1 ? `order of "${o.sequence}"` : 'order';
    return [`${label}: ${o.reports.map((r) => r.input).join(' → ')}`, `  (${o.reason})`];
  });
}
