import type { PhrasingContent, RootContent } from 'mdast';
import type { Gate, Report } from '../model/types.js';
import { heading } from './md/heading.js';
import { leadParagraph } from './md/leadParagraph.js';
import { listOf } from './md/listOf.js';
import { slot } from './md/slot.js';
import { DRAFT_HEADINGS, SLOTS } from './policy/draftText.js';

/**
 * "Quality Gates": the gates not yet met (failed or unmeasured), written as
 * the reports write them, `**Name**: >95% (currently ~60%; new value: _to measure_)`,
 * so the target and the last value read back.
 */
export function draftGates(report: Report): RootContent[] {
  const open = report.gates.filter((g) => g.met !== true);
  const blocks: RootContent[] = [heading(2, DRAFT_HEADINGS.gates)];
  const total = report.gates.length;
  const met = total - open.length;
  const summary =
    total === 0
      ? 'The last report stated no quality gate.'
      : open.length === 0
        ? `All ${total} quality gates were met in the last report.`
        : `${met} of ${total} quality gates were met in the last report; the others are listed with their target and last value.`;
  blocks.push({ type: 'paragraph', children: [{ type: 'text', value: summary }] });
  if (open.length > 0) blocks.push(listOf(open.map((gate) => [leadParagraph(gate.criterion, gateValue(gate))])));
  return blocks;
}

function gateValue(gate: Gate): PhrasingContent[] {
  const target = gate.target ? `${gate.target.raw} ` : '';
  const last = gate.current ? `currently ${gate.current.raw}` : 'not yet measured';
  return [{ type: 'text', value: `${target}(${last}; new value: ` }, slot(SLOTS.value), { type: 'text', value: ')' }];
}
