import type { Config } from '../config/configSchema.js';
import { groupSequences } from '../history/groupSequences.js';
import type { HistorySequence } from '../model/historySchema.js';
import type { NamedReport } from './loadReports.js';
import { trimOf } from '../util/textRuns.js';

/** One sequence of a run: its reports (in the order given) and the base name of its history. */
export interface PlannedSequence {
  readonly sequence: HistorySequence;
  readonly reports: NamedReport[];
  /** `history` when the run has one sequence, else `<name>.history` */
  readonly file: string;
}

/**
 * The reports of a run grouped into sequences (config `sequences` first, then
 * by project line or title stem: history/groupSequences.ts). Diffs and
 * histories are made within a sequence only. A run whose reports form one
 * sequence keeps the plain `history` name.
 */
export function planSequences(reports: readonly NamedReport[], config: Pick<Config, 'sequences'>): PlannedSequence[] {
  const groups = groupSequences(reports, config.sequences);
  const taken = new Set<string>();
  return groups.map((group) => {
    const members = group.members.flatMap((i) => reports[i] ?? []);
    const single = groups.length === 1;
    return {
      sequence: { name: group.name, rule: single && group.rule !== 'config' ? 'all' : group.rule },
      reports: members,
      file: single ? 'history' : `${uniqueSlug(group.name, taken)}.history`,
    };
  });
}

function uniqueSlug(name: string, taken: Set<string>): string {
  const base = trimOf(name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-'), '-').slice(0, 60) || 'sequence';
  let slug = base;
  for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
  taken.add(slug);
  return slug;
}
