import type { Metric, Quantity } from '../model/types.js';

/** The value a metric stands at in its report: the after value, else the current one. */
export function metricValue(metric: Metric): Quantity | null {
  return metric.after ?? metric.current;
}
