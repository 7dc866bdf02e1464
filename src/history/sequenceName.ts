import { normalizeKey } from '../parse/text/normalizeKey.js';
import { GENERIC_TITLE_WORDS } from './policy/sequenceRules.js';

/**
 * The name of a sequence of reports without a project line: the title stem
 * its reports share. The first title is cut into units (a number joins the
 * word before it: "Phase 8", "Sprint 3"); the units every title contains (as
 * whole words, case and punctuation aside) are kept in the first title's
 * order and spelling; report words (policy/sequenceRules.ts: report, final,
 * assessment, ...) and punctuation are trimmed from both ends. "PHASE 8 FINAL
 * REMEDIATION AUDIT REPORT" with "Phase 8 Comprehensive Theater Audit Report"
 * is "PHASE 8"; "Phase 6 Orchestration - Initial Assessment Report" with
 * "Phase 6 Integration Coordination and Orchestration - Final Report" is
 * "Phase 6 Orchestration". A single report, or titles that share no word but
 * report words, keep the first title.
 */
export function sequenceName(titles: readonly string[]): string {
  const [first = '', ...others] = titles;
  if (others.length === 0) return first;
  const keys = others.map((title) => ` ${normalizeKey(title)} `);
  const common = units(first).filter((unit) => {
    const key = normalizeKey(unit);
    return key === '' || keys.every((k) => k.includes(` ${key} `));
  });
  let from = 0;
  let to = common.length;
  while (from < to && isEdgeNoise(common[from] ?? '')) from += 1;
  while (to > from && isEdgeNoise(common[to - 1] ?? '')) to -= 1;
  const name = trimPunctuation(common.slice(from, to).join(' '));
  return /\p{L}/u.test(name) ? name : first;
}

/** A title's words, a number joined to the word before it ("Phase 8", "Week 10:"). */
function units(title: string): string[] {
  const out: string[] = [];
  for (const word of title.split(/\s+/).filter((w) => w !== '')) {
    const last = out.length - 1;
    if (last >= 0 && /^\d[\d.]*\W*$/u.test(word) && /\p{L}/u.test(out[last] ?? '')) out[last] = `${out[last] ?? ''} ${word}`;
    else out.push(word);
  }
  return out;
}

/** Punctuation, emoji or a report word: not part of a name's ends. */
function isEdgeNoise(unit: string): boolean {
  const words = normalizeKey(unit).split(' ').filter((w) => w !== '');
  return words.length === 0 || words.every((w) => GENERIC_TITLE_WORDS.has(w) || GENERIC_TITLE_WORDS.has(w.replace(/s$/, '')));
}

function trimPunctuation(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && !/[\p{L}\p{N}]/u.test(text.charAt(start))) start += 1;
  while (end > start && !/[\p{L}\p{N})]/u.test(text.charAt(end - 1))) end -= 1;
  return text.slice(start, end);
}
