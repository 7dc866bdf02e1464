import type { BlockContent, PhrasingContent, RootContent } from 'mdast';
import type { Evaluation, RuleResult } from '../model/evaluation.js';
import type { Report } from '../model/types.js';
import { fieldsParagraph } from './md/fieldsParagraph.js';
import { heading } from './md/heading.js';
import { listOf } from './md/listOf.js';
import { slot } from './md/slot.js';
import { DRAFT_HEADINGS, SLOTS } from './policy/draftText.js';

const DECISION_WORDS: Readonly<Record<Evaluation['decision'], string>> = { go: 'GO', conditional: 'CONDITIONAL GO', 'no-go': 'NO-GO', unknown: 'UNKNOWN (insufficient evidence)' };

/**
 * "Go/No-Go Recommendation": a slot for the new verdict, then the last
 * report's evaluation (its decision, whether the report agreed, and each
 * rule's outcome with the lines of the facts behind it).
 */
export function draftVerdict(report: Report, evaluation: Evaluation): RootContent[] {
  const label = report.meta.title?.value ?? 'the last report';
  const stated =
    evaluation.stated === null
      ? 'the report stated no verdict'
      : `the report stated ${report.verdict?.value ?? DECISION_WORDS[evaluation.stated]}${evaluation.agrees === true ? ', in agreement' : ', in disagreement'}`;
  const summary: PhrasingContent[] = [
    { type: 'text', value: `Rules applied to ${label} gave ` },
    { type: 'strong', children: [{ type: 'text', value: DECISION_WORDS[evaluation.decision] }] },
    { type: 'text', value: `; ${stated}.` },
  ];
  const blocks: RootContent[] = [heading(2, DRAFT_HEADINGS.verdict), fieldsParagraph([['Recommendation', slot(SLOTS.verdict)]])];
  blocks.push({ type: 'paragraph', children: summary });
  if (evaluation.results.length > 0) blocks.push(listOf(evaluation.results.map((r) => resultItem(r))));
  return blocks;
}

function resultItem(result: RuleResult): BlockContent[] {
  const effect = result.outcome === 'pass' ? 'pass' : `${result.outcome}, forces ${result.outcome === 'unknown' ? 'at most conditional' : result.onFail}`;
  const lines = result.positions.length === 0 ? '' : ` (${result.positions.length === 1 ? 'line' : 'lines'} ${result.positions.map((p) => p.line).join(', ')})`;
  return [
    {
      type: 'paragraph',
      children: [{ type: 'inlineCode', value: result.rule }, { type: 'text', value: ` (${effect}): ${result.message}${lines}` }],
    },
  ];
}
