import type { Match, RiskChange, RiskSnapshot } from '../model/diffSchema.js';
import type { Report, Risk } from '../model/types.js';
import { mapPairing } from './match/mapPairing.js';
import { pairRisks } from './match/pairRisks.js';
import { bucketOf, riskRank } from '../model/riskLevel.js';
import { reportsPart } from './reportsPart.js';

/**
 * Risk changes: risks pair by id, then by title likeness; a paired risk is
 * escalated or de-escalated by level rank (critical > high > medium > low >
 * resolved). A risk no longer listed is 'retired'; when the newer report has
 * no risk section or list at all it is 'not-reported' (absent is not gone).
 */
export function diffRisks(older: Report, newer: Report): RiskChange[] {
  const gone = reportsPart(newer, 'risks') ? 'retired' : 'not-reported';
  return mapPairing(pairRisks(older.risks, newer.risks), {
    paired,
    dropped: (o) => ({ ...base(o), kind: gone, older: snapshot(o), lines: { older: o.position } }),
    added: (n) => ({ ...base(n), kind: 'new', newer: snapshot(n), lines: { newer: n.position } }),
  });
}

function paired(o: Risk, n: Risk, match: Match): RiskChange {
  return {
    id: o.id,
    title: n.title,
    kind: levelMove(bucketOf(o), bucketOf(n)),
    older: snapshot(o),
    newer: snapshot(n),
    match,
    lines: { older: o.position, newer: n.position },
  };
}

function levelMove(before: string, after: string): RiskChange['kind'] {
  const a = before.trim().toLowerCase();
  const b = after.trim().toLowerCase();
  if (a === b) return 'unchanged';
  const rankA = riskRank(a);
  const rankB = riskRank(b);
  if (rankA === null || rankB === null) return 'relabelled';
  if (rankA === rankB) return 'unchanged';
  return rankB > rankA ? 'escalated' : 'de-escalated';
}

function snapshot(risk: Risk): RiskSnapshot {
  return { id: risk.id, title: risk.title, level: bucketOf(risk) };
}

function base(risk: Risk): RiskChange {
  return { id: risk.id, title: risk.title, kind: 'unchanged', older: null, newer: null, match: null, lines: {} };
}
