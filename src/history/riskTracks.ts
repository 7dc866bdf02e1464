import { pairRisks } from '../diff/match/pairRisks.js';
import { bucketOf } from '../model/riskLevel.js';
import type { RiskTrack } from '../model/historySchema.js';
import type { Report } from '../model/types.js';
import { trackFacts } from './trackFacts.js';

/** Each risk's level in every report (null where not listed), risks followed as the diff pairs them. */
export function riskTracks(reports: readonly Report[]): RiskTrack[] {
  return trackFacts(reports.map((r) => r.risks), pairRisks).map((track) => {
    const first = track.cells.find((cell) => cell !== null) ?? track.latest;
    return {
      id: first.id,
      title: track.latest.title,
      levels: track.cells.map((risk) => (risk ? { level: bucketOf(risk), position: risk.position } : null)),
    };
  });
}
