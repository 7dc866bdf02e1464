import type { Quantity, Report } from '../../model/types.js';
import { numberOf } from '../../model/quantityValue.js';
import type { SourceLinker } from './createSourceLinker.js';
import type { MetricRow } from './types.js';

/** Metrics as table rows, values as written, with the numbers a delta arrow needs. */
export function buildMetrics(report: Report, link: SourceLinker): MetricRow[] {
  return report.metrics.map((metric) => {
    const after = metric.after ?? metric.current;
    return {
      name: metric.name,
      before: raw(metric.before),
      after: raw(metric.after),
      current: raw(metric.current),
      target: metric.target?.raw ?? null,
      beforeValue: numberOf(metric.before),
      afterValue: metric.before ? numberOf(after) : null,
      unit: after?.unit ?? metric.before?.unit ?? null,
      mark: metric.mark,
      status: metric.status,
      source: link(metric.position),
    };
  });
}

function raw(quantity: Quantity | null): string | null {
  return quantity ? quantity.raw : null;
}
