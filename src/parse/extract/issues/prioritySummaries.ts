import type { List } from 'mdast';
import { Severity as SEVERITY } from '../../../model/schema.js';
import type { Severity } from '../../../model/types.js';
import type { ExtractContext, SectionContext } from '../../context.js';
import { PRIORITY_CATEGORY_WORDS, PRIORITY_SEPARATOR, PRIORITY_SEVERITY, PRIORITY_SUMMARY_KEY } from '../../policy/prioritySummaries.js';
import { listItemParts } from '../../text/listItemParts.js';
import { normalizeKey } from '../../text/normalizeKey.js';
import type { Draft } from './draft.js';
import { singular } from '../../../util/singular.js';

/** A severity word and, a few words on, a colon: what a summary line's first line holds. */
const SUMMARY_HINT = /\b(?:critical|high|medium|low)\b[^:\n]{0,40}:/i;

/** One category a summary line ranks: its words (singular) and the severity it gives. */
interface Ranked {
  readonly words: readonly string[];
  readonly severity: Severity;
  /** the section the summary line is in: its own heading names no category */
  readonly sectionId: string;
}

/**
 * Issues that state no severity take the one a summary line of the report
 * gives their category (policy/prioritySummaries.ts): "High Priority: God
 * objects, parameter coupling violations" makes the issue "Parameter Coupling
 * Violations" high, and so every issue listed under a "God Objects Detected"
 * heading. A category is named when all its words are in the issue's title or
 * in the heading of a section it is in; when several rank one issue, the most
 * severe wins. A severity an issue states itself is kept.
 */
export function applyPrioritySummaries(context: ExtractContext, drafts: readonly Draft[]): Draft[] {
  // most reports have no such line: look for the words in the text before reading any list
  if (!SUMMARY_HINT.test(context.text)) return [...drafts];
  const ranked = context.sections.flatMap((s) => summaryLines(context.text, s));
  if (ranked.length === 0) return [...drafts];
  const byId = new Map(context.sections.map((s) => [s.section.id, s]));
  return drafts.map((d) => {
    if (d.issue.severity !== 'unknown') return d;
    const places = [words(d.issue.title), ...headings(byId.get(d.issue.sectionId) ?? null)];
    const found = ranked.filter((r) => places.some(([sectionId, set]) => sectionId !== r.sectionId && r.words.every((w) => set.has(w))));
    // the enum lists severities most severe first
    const severity = found.map((r) => r.severity).sort((a, b) => SEVERITY.options.indexOf(a) - SEVERITY.options.indexOf(b))[0];
    return severity === undefined ? d : { ...d, issue: { ...d.issue, severity } };
  });
}

function summaryLines(text: string, s: SectionContext): Ranked[] {
  return s.nodes.filter((n): n is List => n.type === 'list').flatMap((list) =>
    list.children.flatMap((item) => {
      // the item's first line must hold a severity word before a colon: test the source before reading the item
      const from = item.position?.start.offset ?? 0;
      const newline = text.indexOf('\n', from);
      const line = text.slice(from, newline === -1 ? text.length : newline);
      if (!SUMMARY_HINT.test(line)) return [];
      const parts = listItemParts(item);
      const key = parts.lead === null ? '' : normalizeKey(parts.lead);
      const severity = PRIORITY_SUMMARY_KEY.exec(key)?.[1];
      if (severity === undefined) return [];
      return parts.rest
        .replace(/\([^()]*\)/g, ' ')
        .split(PRIORITY_SEPARATOR)
        .map((category) => [...words(category)[1]])
        .filter((w) => w.length > 0 && w.length <= PRIORITY_CATEGORY_WORDS)
        .map((w) => ({ words: w, severity: PRIORITY_SEVERITY[severity] ?? 'unknown', sectionId: s.section.id }));
    }),
  );
}

/** The words of the headings around a section, innermost first, each with its section's id. */
function headings(s: SectionContext | null): Array<readonly [string, ReadonlySet<string>]> {
  const found: Array<readonly [string, ReadonlySet<string>]> = [];
  // the top heading is the report's title: it names the whole report, no category of it
  for (let at = s; at?.parent; at = at.parent) found.push([at.section.id, words(at.section.heading)[1]]);
  return found;
}

/** The words of a text as a set, singular (`violations` = `violation`), tagged with no section. */
function words(text: string): readonly [string, ReadonlySet<string>] {
  return ['', new Set(normalizeKey(text).split(' ').filter(Boolean).map(singular))];
}
