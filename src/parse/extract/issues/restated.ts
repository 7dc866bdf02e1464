import type { Node } from 'unist';
import type { ExtractContext } from '../../context.js';
import type { Draft } from './draft.js';

/** Words too common to tie two statements to one problem. */
const STOP = new Set(['the', 'and', 'for', 'with', 'from', 'not', 'all', 'in', 'of', 'to', 'a', 'an', 'is', 'are', 'on', 'by', 'or', 'fix', 'failed', 'failure', 'error', 'errors', 'critical', 'warn', 'fail']);
/** A name in code style: `getRegisteredAgents`, `UnifiedAnalyzer`, `foo_bar`, `a.b`. */
const CODE_NAME = /\b(?:[a-z]+[A-Z]\w*|[A-Z][a-z]+[A-Z]\w*|\w+_\w+|\w+\.\w+)\b/g;

/**
 * One problem, one issue: a status line in a code block (tool output) that
 * restates a problem stated elsewhere (same code name, or every word of its
 * subject in the other's title) is evidence of that issue, not a second one.
 * Prose items are never merged with each other: separate lists may name
 * separate problems in similar words. Each merge is reported as info.
 */
export function mergeRestated(context: ExtractContext, drafts: readonly Draft[]): Draft[] {
  const kept: Draft[] = [];
  const prose = drafts.filter((d) => d.form === 'prose');
  for (const d of drafts) {
    if (d.form !== 'code') {
      kept.push(d);
      continue;
    }
    const same = prose.find((p) => restates(d, p)) ?? kept.find((k) => k.form === 'code' && restates(d, k));
    if (!same) {
      kept.push(d);
      continue;
    }
    context.report(`line ${d.issue.position.line} restates the issue "${same.issue.title}" (line ${same.issue.position.line})`, at(d), 'issue-restated', 'info');
  }
  return kept;
}

/** A node standing for a draft's place, for a diagnostic. */
function at(d: Draft): Node {
  const point = { line: d.issue.position.line, column: d.issue.position.column };
  return { type: 'text', position: { start: point, end: point } };
}

function restates(a: Draft, b: Draft): boolean {
  const textA = `${a.issue.title} ${a.issue.detail ?? ''}`;
  const textB = `${b.issue.title} ${b.issue.detail ?? ''}`;
  const namesB = new Set(codeNames(textB));
  if (codeNames(textA).some((n) => namesB.has(n))) return true;
  const subject = words(a.issue.title);
  const other = new Set(words(b.issue.title));
  return subject.length >= 2 && subject.every((w) => other.has(w));
}

function codeNames(text: string): string[] {
  return [...text.matchAll(CODE_NAME)].map((m) => m[0].toLowerCase().replace(/^.*\./, ''));
}

function words(text: string): string[] {
  return text.toLowerCase().split(/[^a-z0-9]+/).filter((w) => w.length > 1 && !STOP.has(w));
}
