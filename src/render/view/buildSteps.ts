import type { Report } from '../../model/types.js';
import { DONE_STATES } from '../policy/doneStates.js';
import type { SourceLinker } from './createSourceLinker.js';
import type { StepGroup } from './types.js';

/** Label of the steps that name no horizon. */
const NO_HORIZON = 'Unscheduled';

/** Next steps on a timeline: grouped by horizon, horizons in the order the report gives them. */
export function buildSteps(report: Report, link: SourceLinker): StepGroup[] {
  const groups = new Map<string, StepGroup['steps'][number][]>();
  for (const step of report.steps) {
    const horizon = step.horizon?.trim() || NO_HORIZON;
    const item = { text: step.text, mark: step.mark, done: step.mark !== null && DONE_STATES.has(step.mark), source: link(step.position) };
    groups.set(horizon, [...(groups.get(horizon) ?? []), item]);
  }
  return [...groups.entries()].map(([horizon, steps]) => ({ horizon, steps }));
}
