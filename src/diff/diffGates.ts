import type { GateChange, Match } from '../model/diffSchema.js';
import type { Gate, Report } from '../model/types.js';
import { compareTargets } from './compareTargets.js';
import { mapPairing } from './match/mapPairing.js';
import { pairItems } from './match/pairItems.js';
import { titleScore } from './match/titleScore.js';
import { MATCH_THRESHOLDS } from './policy/matching.js';
import { reportsPart } from './reportsPart.js';

/**
 * Gate changes: gates pair by id, then by criterion likeness. A gate became
 * 'met' when it is met now and was not known met before; 'unmet' when it is
 * not met now and was not known unmet before; 'target-changed' when met or
 * not as before but its target moved (a lowered bar is news). Every change
 * carries the target and the value in both reports. A gate the newer report
 * cannot have (it states no gates at all) is 'not-reported'.
 */
export function diffGates(older: Report, newer: Report): GateChange[] {
  const pairing = pairItems(older.gates, newer.gates, {
    olderId: (gate) => gate.id,
    newerId: (gate) => gate.id,
    score: (o, n) => titleScore(o.criterion, n.criterion),
    thresholds: MATCH_THRESHOLDS.gates,
  });
  const gone = reportsPart(newer, 'gates') ? 'dropped' : 'not-reported';
  return mapPairing(pairing, {
    paired,
    dropped: (o) => ({ ...base(o, null), kind: gone, older: o.met, lines: { older: o.position } }),
    added: (n) => ({ ...base(null, n), kind: 'new', newer: n.met, lines: { newer: n.position } }),
  });
}

function paired(o: Gate, n: Gate, match: Match): GateChange {
  const change = base(o, n);
  const moved = change.targets.move !== null;
  return {
    ...change,
    id: o.id,
    kind: kindOf(o.met, n.met, moved),
    older: o.met,
    newer: n.met,
    match,
    lines: { older: o.position, newer: n.position },
  };
}

function kindOf(before: boolean | null, after: boolean | null, targetMoved: boolean): GateChange['kind'] {
  if (after === true && before !== true) return 'met';
  if (after === false && before !== false) return 'unmet';
  return targetMoved ? 'target-changed' : 'unchanged';
}

function base(o: Gate | null, n: Gate | null): GateChange {
  const gate = n ?? o;
  return {
    id: gate?.id ?? '',
    criterion: gate?.criterion ?? '',
    kind: 'unchanged',
    older: null,
    newer: null,
    values: { older: o?.current ?? null, newer: n?.current ?? null },
    targets: compareTargets(o?.target ?? null, n?.target ?? null),
    match: null,
    lines: {},
  };
}
