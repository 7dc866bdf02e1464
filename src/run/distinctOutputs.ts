import { PhaseReportError } from '../errors.js';
import type { OutputPlan } from './types.js';

/**
 * The last guard against a silent overwrite: throws (before anything is
 * written) when two outputs of one plan share a path, ignoring case.
 */
export function assertDistinctOutputs(plan: OutputPlan): void {
  const seen = new Set<string>();
  for (const path of [...plan.texts.map((t) => t.path), ...plan.pdfs.map((p) => p.path)]) {
    const key = path.toLowerCase();
    if (seen.has(key)) {
      throw new PhaseReportError('output', 'would be written twice by this run (two inputs map to the same output name); rename one of them', { file: path });
    }
    seen.add(key);
  }
}
