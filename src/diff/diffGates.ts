import type { GateChange, Match } from '../model/diffSchema.js';
import type { Gate, Report } from '../model/types.js';
import { mapPairing } from './match/mapPairing.js';
import { pairItems } from './match/pairItems.js';
import { titleScore } from './match/titleScore.js';
import { MATCH_THRESHOLDS } from './policy/matching.js';

/**
 * Gate changes: gates pair by id, then by criterion likeness. A gate became
 * 'met' when it is met now and was not known met before; 'unmet' when it is
 * not met now and was not known unmet before.
 */
export function diffGates(older: Report, newer: Report): GateChange[] {
  const pairing = pairItems(older.gates, newer.gates, {
    olderId: (gate) => gate.id,
    newerId: (gate) => gate.id,
    score: (o, n) => titleScore(o.criterion, n.criterion),
    thresholds: MATCH_THRESHOLDS.gates,
  });
  return mapPairing(pairing, {
    paired,
    dropped: (o) => ({ ...base(o), kind: 'dropped', older: o.met, lines: { older: o.position } }),
    added: (n) => ({ ...base(n), kind: 'new', newer: n.met, lines: { newer: n.position } }),
  });
}

function paired(o: Gate, n: Gate, match: Match): GateChange {
  return {
    ...base(n),
    id: o.id,
    kind: kindOf(o.met, n.met),
    older: o.met,
    newer: n.met,
    match,
    lines: { older: o.position, newer: n.position },
  };
}

function kindOf(before: boolean | null, after: boolean | null): GateChange['kind'] {
  if (after === true && before !== true) return 'met';
  if (after === false && before !== false) return 'unmet';
  return 'unchanged';
}

function base(gate: Gate): GateChange {
  return { id: gate.id, criterion: gate.criterion, kind: 'unchanged', older: null, newer: null, match: null, lines: {} };
}
