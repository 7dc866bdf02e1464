import type { HistoryOrder } from '../model/historySchema.js';
import type { Report } from '../model/types.js';
import { carriedValues, followsByValues, type Carried } from './carriedValues.js';
import { findReportDate } from './findReportDate.js';
import { MIDDLE_STAGE, STAGE_WORDS } from './policy/sequenceRules.js';

export interface Ordered {
  readonly report: Report;
  readonly inputIndex: number;
}

interface Keyed extends Ordered {
  readonly phase: number | null;
  readonly date: string | null;
  readonly stage: number;
  readonly carried: Carried;
}

/**
 * The history order: by phase number, then by the date found anywhere in the
 * report (header, sign-off, title), then by a stage word of the title
 * (initial < none < final), then by carried figures (a report whose metrics'
 * before values are another report's current values comes after it:
 * carriedValues), then by the order given (the command line, or the config
 * file's sequence); never by file name. Two reports are
 * compared on the first key both have, so a report without a phase is still
 * placed by its date. `by` names the most significant key that separated any
 * two neighbours; `reason` says how the order was made, in words.
 */
export function orderReports(reports: readonly Report[]): { ordered: Ordered[]; order: HistoryOrder } {
  const items: Keyed[] = reports.map((report, inputIndex) => ({
    report,
    inputIndex,
    phase: report.meta.phase?.number ?? null,
    date: findReportDate(report)?.iso ?? null,
    stage: stageOf(report),
    carried: carriedValues(report),
  }));
  const ordered: Keyed[] = [];
  for (const item of items) {
    let at = ordered.length;
    while (at > 0 && compare(at_(ordered, at - 1), item) > 0) at -= 1;
    ordered.splice(at, 0, item);
  }
  const by = byOf(ordered);
  return { ordered: ordered.map(({ report, inputIndex }) => ({ report, inputIndex })), order: { by, reason: reason(items, by, tiedRuns(ordered)) } };
}

function compare(a: Keyed, b: Keyed): number {
  if (a.phase !== null && b.phase !== null && a.phase !== b.phase) return a.phase - b.phase;
  const dates = comparableDates(a.date, b.date);
  if (dates !== null && dates[0] !== dates[1]) return dates[0] < dates[1] ? -1 : 1;
  if (a.stage !== b.stage) return a.stage - b.stage;
  const carried = followsByValues(a.carried, b.carried);
  if (carried !== 0) return -carried;
  return a.inputIndex - b.inputIndex;
}

/** The stage a title word gives (initial < no word < final: policy/sequenceRules.ts). */
function stageOf(report: Report): number {
  const words = (report.meta.title?.value ?? '').toLowerCase().split(/[^\p{L}]+/u);
  const ranks = words.flatMap((word) => STAGE_WORDS[word] ?? []);
  return ranks.length === 0 ? MIDDLE_STAGE : Math.max(...ranks);
}

/** Two ISO dates as comparable strings: with their times when both have one, else as calendar days. */
function comparableDates(a: string | null, b: string | null): [string, string] | null {
  if (a === null || b === null) return null;
  return a.length > 10 && b.length > 10 ? [a, b] : [a.slice(0, 10), b.slice(0, 10)];
}

function byOf(ordered: readonly Keyed[]): HistoryOrder['by'] {
  const pairs = ordered.slice(1).map((b, i) => [at_(ordered, i), b] as const);
  if (pairs.some(([a, b]) => a.phase !== null && b.phase !== null && a.phase !== b.phase)) return 'phase';
  if (pairs.some(([a, b]) => { const d = comparableDates(a.date, b.date); return d !== null && d[0] !== d[1]; })) return 'date';
  if (pairs.some(([a, b]) => a.stage !== b.stage)) return 'stage';
  if (pairs.some(([a, b]) => followsByValues(a.carried, b.carried) !== 0)) return 'values';
  return 'input';
}

/**
 * Runs of neighbours that no phase, date or stage word told apart, so the
 * order given placed them (for a folder, its file-name listing): each run
 * by the reports' file names.
 */
function tiedRuns(ordered: readonly Keyed[]): string[][] {
  const runs: string[][] = [];
  let run: Keyed[] = [];
  const close = (): void => {
    if (run.length > 1) runs.push(run.map((k) => (k.report.source.path ?? `report ${k.inputIndex + 1}`).split(/[\\/]/).at(-1) ?? ''));
    run = [];
  };
  for (const item of ordered) {
    const last = run.at(-1);
    if (last !== undefined && compare({ ...last, inputIndex: 0 }, { ...item, inputIndex: 0 }) !== 0) close();
    run.push(item);
  }
  close();
  return runs;
}

function reason(items: readonly Keyed[], by: HistoryOrder['by'], ties: readonly string[][]): string {
  const n = items.length;
  const noPhase = items.filter((i) => i.phase === null).length;
  const noDate = items.filter((i) => i.date === null).length;
  const gaps = [
    noPhase > 0 ? `${noPhase} of ${n} ${noPhase === 1 ? 'has' : 'have'} no phase` : null,
    noDate > 0 ? `${noDate} of ${n} ${noDate === 1 ? 'has' : 'have'} no date` : null,
  ].filter((s): s is string => s !== null);
  const decided =
    by === 'input'
      ? 'no phase, date, stage or carried figure told the reports apart, so the order given is kept'
      : by === 'stage'
        ? 'a stage word of the title (initial, final) decided'
        : by === 'values'
          ? 'carried figures decided'
          : `the ${by} decided`;
  const rule =
    'by phase, then by the date found in the report (header, sign-off or title), then by a stage word of the title (initial, final), ' +
    'then by carried figures (a report whose before values are the current values of another comes after it), then by the order given; never by file name';
  // when every report tied, `decided` already says the order given was kept
  const tied = by === 'input' ? [] : ties.map((run) => `${run.join(', ')} could not be told apart by phase, date, stage word or carried figures: they keep the order given (for a folder, file-name order; list them in order or use the config's sequences to fix it)`);
  return [`ordered ${rule}`, decided, ...gaps.map((g) => `${g}: placed by the next key`), ...tied].join('; ');
}

function at_(items: readonly Keyed[], index: number): Keyed {
  const item = items[index];
  if (item === undefined) throw new RangeError(`no report at ${index}`);
  return item;
}
