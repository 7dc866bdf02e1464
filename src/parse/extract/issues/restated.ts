import type { Node } from 'unist';
import type { ExtractContext } from '../../context.js';
import type { Draft } from './draft.js';
import { trimOf } from '../../../util/textRuns.js';

/** Words too common to tie two statements to one problem. */
const STOP = new Set(['the', 'and', 'for', 'with', 'from', 'not', 'all', 'in', 'of', 'to', 'a', 'an', 'is', 'are', 'on', 'by', 'or', 'fix', 'failed', 'failure', 'error', 'errors', 'critical', 'warn', 'fail']);
/** A word in code style, tested on one whole word: `getRegisteredAgents`, `UnifiedAnalyzer`, `foo_bar`. */
const CAMEL_OR_SNAKE = /^(?:[a-z]+[A-Z]\w*|[A-Z][a-z]+[A-Z]\w*)$|\w_\w/;

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

/** The code names of a text, lower-cased; a dotted name (`a.b`) by its last part. Word by word, no backtracking. */
function codeNames(text: string): string[] {
  const names: string[] = [];
  for (const token of text.match(/[\w.]+/g) ?? []) {
    const word = trimOf(token, '.');
    if (word.includes('.')) {
      if (/\w\.\w/.test(word)) names.push(word.slice(word.lastIndexOf('.') + 1).toLowerCase());
    } else if (CAMEL_OR_SNAKE.test(word)) names.push(word.toLowerCase());
  }
  return names;
}

function words(text: string): string[] {
  return text.toLowerCase().split(/[^a-z0-9]+/).filter((w) => w.length > 1 && !STOP.has(w));
}
