import { similarity } from '../diff/match/similarity.js';
import { tokenSet } from '../diff/match/tokenSet.js';
import type { Report } from '../model/types.js';
import { normalizeKey } from '../parse/text/normalizeKey.js';
import { GENERIC_TITLE_WORDS, PROJECT_KEY, STEM_SIMILARITY } from './policy/sequenceRules.js';
import { sequenceName } from './sequenceName.js';

/** A sequence stated in the config file: a name and its reports, by input name or base name. */
export interface SequenceSpec {
  readonly name: string;
  readonly reports: readonly string[];
}

export interface Sequence {
  readonly name: string;
  /** input indexes of the sequence's reports, in the order given (not yet in history order) */
  readonly members: readonly number[];
  /** how the sequence was formed */
  readonly rule: 'config' | 'project' | 'title' | 'phase' | 'single';
}

export interface GroupInput {
  /** the input as named on the command line */
  readonly input: string;
  readonly report: Report;
}

/**
 * Group reports into sequences, so diffs and histories are made only between
 * reports of one project. Sequences from the config file come first (a report
 * listed there is taken by it); the rest are grouped automatically:
 * - two reports that name their project (a "Project:" line) are one sequence
 *   when the names agree, and never when they differ;
 * - otherwise, two reports are one sequence when their title stems (title
 *   words minus phase numbers, dates and report words such as "final",
 *   "assessment": policy/sequenceRules.ts) are alike (two stems with no word
 *   left are alike too: nothing tells such reports apart), or when a report with
 *   no project line has a title stem that contains a project named by the
 *   other report.
 * A report still alone then joins the one sequence that has a report of its
 * phase number (the phase family). Grouping is transitive. Sequences come in order of their first report in
 * the input; members keep the input order. A sequence is named by the
 * project its reports name, else by the title stem they share
 * (sequenceName), else by its first report's title.
 */
export function groupSequences(inputs: readonly GroupInput[], specs: readonly SequenceSpec[] = []): Sequence[] {
  const taken = new Set<number>();
  const fromConfig: Sequence[] = specs.map((spec) => {
    const members = spec.reports.flatMap((name) => {
      const index = inputs.findIndex((input, i) => !taken.has(i) && sameInput(input.input, name));
      if (index === -1) return [];
      taken.add(index);
      return [index];
    });
    return { name: spec.name, members, rule: 'config' as const };
  });
  const rest = inputs.map((input, index) => ({ index, project: projectOf(input.report), stem: stemOf(input.report) })).filter((r) => !taken.has(r.index));
  const parent = new Map(rest.map((r) => [r.index, r.index]));
  const root = (i: number): number => {
    let at = i;
    while (parent.get(at) !== at) at = parent.get(at) ?? at;
    return at;
  };
  const linkedBy = new Map<number, Sequence['rule']>();
  for (const [k, a] of rest.entries()) {
    for (const b of rest.slice(k + 1)) {
      const rule = link(a, b);
      if (rule === null) continue;
      const [x, y] = [root(a.index), root(b.index)];
      if (x !== y) parent.set(Math.max(x, y), Math.min(x, y));
      linkedBy.set(a.index, rule);
      linkedBy.set(b.index, rule);
    }
  }
  const groups = new Map<number, number[]>();
  for (const r of rest) groups.set(root(r.index), [...(groups.get(root(r.index)) ?? []), r.index]);
  joinPhaseFamilies(groups, (i) => inputs[i]?.report.meta.phase?.number ?? null, linkedBy);
  const automatic = [...groups.values()].map((members) => {
    const first = rest.find((r) => r.index === members[0]);
    const rule = members.length === 1 ? 'single' : members.some((m) => linkedBy.get(m) === 'project') ? 'project' : members.some((m) => linkedBy.get(m) === 'phase') ? 'phase' : 'title';
    return { name: first?.project ?? sequenceName(members.map((m) => titleName(inputs[m]))), members, rule } satisfies Sequence;
  });
  return [...fromConfig.filter((s) => s.members.length > 0), ...automatic];
}

/**
 * The phase family: a report left alone by project and title ("Phase 8
 * Comprehensive Theater Audit" beside three "Phase 8 ... Remediation"
 * reports) joins the one sequence that has a report of its phase; when
 * several sequences have that phase, it stays alone (no guess).
 */
function joinPhaseFamilies(groups: Map<number, number[]>, phaseOf: (index: number) => number | null, linkedBy: Map<number, Sequence['rule']>): void {
  for (const [key, members] of [...groups]) {
    const lone = members[0];
    const phase = lone === undefined || members.length > 1 ? null : phaseOf(lone);
    if (lone === undefined || phase === null) continue;
    const families = [...groups].filter(([k, m]) => k !== key && m.length > 1 && m.some((i) => phaseOf(i) === phase));
    const family = families.length === 1 ? families[0] : undefined;
    if (family === undefined) continue;
    groups.set(family[0], [...family[1], lone].sort((a, b) => a - b));
    groups.delete(key);
    linkedBy.set(lone, 'phase');
  }
}

interface Keys {
  readonly project: string | null;
  readonly stem: ReadonlySet<string>;
}

function link(a: Keys, b: Keys): Sequence['rule'] | null {
  if (a.project !== null && b.project !== null) return normalizeKey(a.project) === normalizeKey(b.project) ? 'project' : null;
  const named = a.project ?? b.project;
  const other = a.project === null ? a.stem : b.stem;
  if (named !== null && [...tokenSet(named)].every((word) => other.has(word))) return 'project';
  // titles with no identity word at all ("Phase 4 Report", "Phase 5 Report"): nothing tells them apart
  if (a.stem.size === 0 && b.stem.size === 0) return 'title';
  return similarity(a.stem, b.stem) >= STEM_SIMILARITY ? 'title' : null;
}

function projectOf(report: Report): string | null {
  return report.meta.fields.find((field) => PROJECT_KEY.test(field.key.trim()))?.value.trim() || null;
}

/** Identity words of the title without phase numbers, dates and report words. */
export function stemOf(report: Report): ReadonlySet<string> {
  const words = [...tokenSet(report.meta.title?.value ?? '')];
  return new Set(words.filter((word) => !GENERIC_TITLE_WORDS.has(word) && !/\d/.test(word) && !MONTHS.test(word)));
}

const MONTHS = /^(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*$/;

function titleName(input: GroupInput | undefined): string {
  return input?.report.meta.title?.value ?? input?.input ?? 'reports';
}

function sameInput(input: string, name: string): boolean {
  const norm = (s: string): string => s.replace(/\\/g, '/').replace(/^\.\//, '');
  const a = norm(input);
  const b = norm(name);
  return a === b || a.endsWith(`/${b}`);
}
