import type { Gate, Mark } from '../../model/types.js';
import type { ExtractContext } from '../context.js';
import { slugKey } from '../text/slugKey.js';
import { statusGates, type StatusGate } from './gate/statusGates.js';
import { computeMet } from './measure/computeMet.js';
import { dedupeId } from './measure/dedupeId.js';
import { scanMeasures } from './measure/scanMeasures.js';
import type { Found } from './measure/types.js';

const MET_BY_MARK: Partial<Record<Mark, boolean>> = { done: true, failed: false };

/**
 * The quality gates, in document order:
 *   - measured gates: metric lines in gates sections (and their subsections)
 *     and rows of gate-like tables anywhere, that state a target, or a current
 *     value with a mark or status. `met` is the explicit mark or status word
 *     first, else the target compared with the current value, else null;
 *   - gates stated by their result (check headings, per-gate sections, result
 *     lines of a gates section; see statusGates): `current` is the result as
 *     written, a categorical value; `met` is true for a pass, null while
 *     pending, else false.
 * A line that holds a measured gate gives no second, result-only gate.
 */
export function extractGates(context: ExtractContext): Gate[] {
  const measured = scanMeasures(context).filter(isGate);
  const lines = new Set(measured.map((f) => f.position.line));
  const stated = statusGates(context).filter((g) => !lines.has(g.position.line));
  const all = [...measured.map(fromMeasure), ...stated.map(fromStatus)];
  all.sort((a, b) => a.position.line - b.position.line || a.position.column - b.position.column);
  reportUnread(context, all);
  const seen = new Map<string, number>();
  return all.map((gate) => ({ ...gate, id: dedupeId(seen, slugKey(gate.criterion, 'gate')) }));
}

/** A section headed as gates (`## Quality Gates`) from which no gate could be read is said so, not passed over. */
function reportUnread(context: ExtractContext, gates: readonly Gate[]): void {
  const holding = new Set(gates.map((g) => g.sectionId));
  const parents = new Map(context.sections.map((s) => [s.section.id, s.section.parentId]));
  for (const id of holding) for (let p = parents.get(id); p; p = parents.get(p)) holding.add(p);
  for (const s of context.sections) {
    if (!s.heading || holding.has(s.section.id) || s.ownKind !== 'gates') continue;
    context.report(`Gates section states no gate that can be read: ${s.section.heading.slice(0, 80)}`, s.heading, 'gates-unread', 'info');
  }
}

function fromMeasure(found: Found): Gate {
  const { target, current } = found.measure;
  return { id: '', criterion: found.name, target, current, met: metOf(found), sectionId: found.sectionId, position: found.position };
}

function fromStatus(gate: StatusGate): Gate {
  const { text, result } = gate.reading;
  const current = { value: text, unit: null, approximate: false, raw: text };
  return { id: '', criterion: gate.name, target: null, current, met: result === 'pending' ? null : result === 'passed', sectionId: gate.sectionId, position: gate.position };
}

/** a gate states a target, or a current value with a mark or status saying whether it passes */
function isGate(found: Found): boolean {
  if (!found.gate) return false;
  return found.measure.target !== null || (found.measure.current !== null && (found.mark !== null || found.status !== null));
}

function metOf(found: Found): boolean | null {
  const byMark = found.mark === null ? undefined : MET_BY_MARK[found.mark];
  return byMark ?? found.measure.status?.met ?? computeMet(found.measure.target, found.measure.current);
}
