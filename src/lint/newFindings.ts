import { escapeMarkdown } from '../diff/render/escapeMarkdown.js';
import type { LintFinding } from './types.js';

/** What makes two findings the same across reports: the rule and the message without line numbers (lines move between phases). */
function keyOf(f: LintFinding): string {
  return `${f.ruleId}\u0000${f.message.replace(/\blines? [\d,\s-]+/g, '')}`;
}

/** The findings of the newer report that the older one did not have. */
export function newFindings(older: readonly LintFinding[], newer: readonly LintFinding[]): LintFinding[] {
  const known = new Set(older.map(keyOf));
  return newer.filter((f) => !known.has(keyOf(f)));
}

/** Findings listed in a pull-request comment at most; the rest are counted. */
const MAX_LISTED = 20;

/**
 * The pull-request block: the newer report's lint findings that are new since
 * the older report, one line each with its lines, or a line saying there are
 * none. Kept apart from the diff comment and appended to it.
 */
export function newFindingsMarkdown(older: readonly LintFinding[], newer: readonly LintFinding[]): string {
  const fresh = newFindings(older, newer);
  const head = `### New lint findings\n\n`;
  if (newer.length === 0) return `${head}None: the newer report shows no contradiction.\n`;
  if (fresh.length === 0) return `${head}None: every lint finding of the newer report was already in the older one (${newer.length} in all).\n`;
  const lines = fresh.slice(0, MAX_LISTED).map((f) => {
    const cited = [...new Set(f.citations.map((c) => c.position.line))].map((l) => `L${l}`).join(' ');
    return `- **${f.severity}** ${escapeMarkdown(f.message.slice(0, 300))} \`${f.ruleId}\` (${cited})`;
  });
  const more = fresh.length > MAX_LISTED ? [`- _${fresh.length - MAX_LISTED} more not listed._`] : [];
  return `${head}${[...lines, ...more].join('\n')}\n`;
}
