import type { Report } from '../../model/types.js';
import { formatQuantity } from '../helpers/formatQuantity.js';
import type { SourceLinker } from './createSourceLinker.js';
import { gateProgress } from './gateProgress.js';
import type { GateRow } from './types.js';

/** Quality gates as table rows: target, current, met / not met / unknown, gap, progress. */
export function buildGates(report: Report, link: SourceLinker): GateRow[] {
  return report.gates.map((gate) => ({
    criterion: gate.criterion,
    target: formatQuantity(gate.target),
    current: formatQuantity(gate.current),
    state: gate.met === true ? 'met' : gate.met === false ? 'not-met' : 'unknown',
    ...gateProgress(gate),
    source: link(gate.position),
  }));
}
