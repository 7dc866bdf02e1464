import { similarity } from '../diff/match/similarity.js';
import { tokenSet } from '../diff/match/tokenSet.js';
import type { Report } from '../model/types.js';
import { normalizeKey } from '../parse/text/normalizeKey.js';
import { GENERIC_TITLE_WORDS, PHASE_FAMILY_DAYS, PROJECT_KEY, STEM_SIMILARITY } from './policy/sequenceRules.js';
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
 * Grouping is transitive, but a sequence holding a report that names its
 * project keeps only reports of that project: one naming none stays only when
 * its title holds the project's words (else it is grouped again with the
 * others taken out). A report still alone then joins the one sequence that is
 * a series of its phase written about the same days (the phase family). Sequences come in order of their first report in
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
  const keysOf = new Map(rest.map((r) => [r.index, r]));
  const linkedBy = new Map<number, Sequence['rule']>();
  const linked = linkGroups(rest, linkedBy);
  // a chain of title links must not carry a report into a project its title does not name
  const outside = linked.flatMap((members) => withoutStrangers(members, keysOf));
  const groups = new Map<number, number[]>();
  for (const members of [...linked, ...linkGroups(outside.map((i) => keysOf.get(i)).filter((k) => k !== undefined), linkedBy)]) {
    if (members[0] !== undefined) groups.set(members[0], members);
  }
  const phaseOf = (i: number): number | null => inputs[i]?.report.meta.phase?.number ?? null;
  const dayOf = (i: number): number => Date.parse(inputs[i]?.report.meta.generated?.iso ?? '');
  const fits = (lone: number, family: readonly number[]): boolean =>
    family.every((m) => belongs(keysOf.get(lone), keysOf.get(m))) &&
    family.some((m) => phaseOf(m) === phaseOf(lone) && Math.abs(dayOf(m) - dayOf(lone)) <= PHASE_FAMILY_DAYS * DAY);
  joinPhaseFamilies(groups, phaseOf, linkedBy, fits);
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
 * reports) joins the one sequence that is a series of its phase (two reports
 * of that phase or more), written within PHASE_FAMILY_DAYS of one of them
 * (both dated), and whose project, if it names one, the report's title names
 * too; when several sequences qualify, it stays alone (no guess).
 * One report of the same phase is no family: phase numbers repeat across
 * projects.
 */
function joinPhaseFamilies(groups: Map<number, number[]>, phaseOf: (index: number) => number | null, linkedBy: Map<number, Sequence['rule']>, fits: (lone: number, family: readonly number[]) => boolean): void {
  for (const [key, members] of [...groups]) {
    const lone = members[0];
    const phase = lone === undefined || members.length > 1 ? null : phaseOf(lone);
    if (lone === undefined || phase === null) continue;
    const families = [...groups].filter(([k, m]) => k !== key && m.filter((i) => phaseOf(i) === phase).length >= 2 && fits(lone, m));
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

/** Groups of reports joined by `link`, transitively (union-find), each in input order. */
function linkGroups(keys: ReadonlyArray<Keys & { readonly index: number }>, linkedBy: Map<number, Sequence['rule']>): number[][] {
  const parent = new Map(keys.map((r) => [r.index, r.index]));
  const root = (i: number): number => {
    let at = i;
    while (parent.get(at) !== at) at = parent.get(at) ?? at;
    return at;
  };
  for (const [k, a] of keys.entries()) {
    for (const b of keys.slice(k + 1)) {
      const rule = link(a, b);
      if (rule === null) continue;
      const [x, y] = [root(a.index), root(b.index)];
      if (x !== y) parent.set(Math.max(x, y), Math.min(x, y));
      linkedBy.set(a.index, rule);
      linkedBy.set(b.index, rule);
    }
  }
  const groups = new Map<number, number[]>();
  for (const r of keys) groups.set(root(r.index), [...(groups.get(root(r.index)) ?? []), r.index]);
  return [...groups.values()];
}

/**
 * Takes out of a group (in place) the reports that do not belong to a project
 * one of its members names: a report naming another project, or naming none
 * with a title that does not hold the project's words ("Phase 3 Hardening
 * Assessment" linked by one title word to "Orion Payments Platform - Settlement
 * Hardening"). Returns the reports taken out.
 */
function withoutStrangers(members: number[], keysOf: ReadonlyMap<number, Keys>): number[] {
  const strangers = members.filter((m) => members.some((other) => !belongs(keysOf.get(m), keysOf.get(other))));
  if (strangers.length === 0 || strangers.length === members.length) return [];
  const kept = members.filter((m) => !strangers.includes(m));
  members.splice(0, members.length, ...kept);
  return strangers;
}

/** Whether `a` may share a sequence with `b` as far as named projects go. */
function belongs(a: Keys | undefined, b: Keys | undefined): boolean {
  if (!a || !b || b.project === null) return true;
  if (a.project !== null) return normalizeKey(a.project) === normalizeKey(b.project);
  return [...tokenSet(b.project)].every((word) => a.stem.has(word));
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

const DAY = 24 * 60 * 60 * 1000;

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
