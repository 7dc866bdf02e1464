import type { RootContent } from 'mdast';
import type { Report } from '../model/types.js';
import { heading } from './md/heading.js';
import { leadParagraph } from './md/leadParagraph.js';
import { listOf } from './md/listOf.js';
import { DRAFT_HEADINGS } from './policy/draftText.js';

/** "Next Steps from Last Update": the last report's steps as a checklist to report on (`- [ ]`). */
export function draftSteps(report: Report): RootContent[] {
  const blocks: RootContent[] = [heading(2, DRAFT_HEADINGS.steps)];
  if (report.steps.length === 0) {
    blocks.push({ type: 'paragraph', children: [{ type: 'text', value: 'The last report listed no next steps.' }] });
    return blocks;
  }
  const items = report.steps.map((step) =>
    step.horizon === null ? [{ type: 'paragraph' as const, children: [{ type: 'text' as const, value: step.text }] }] : [leadParagraph(step.horizon, step.text)],
  );
  blocks.push(listOf(items, { checked: false }));
  return blocks;
}
