import type { PhrasingContent, RootContent } from 'mdast';
import type { Report } from '../model/types.js';
import { PHASE_PATTERN } from '../parse/policy/metaKeys.js';
import { fieldsParagraph } from './md/fieldsParagraph.js';
import { heading } from './md/heading.js';
import { slot } from './md/slot.js';
import { nextPhaseLabel } from './nextPhaseLabel.js';
import { DRAFT_HEADINGS, DRAFT_STATUS, SLOTS } from './policy/draftText.js';

/**
 * The draft's title (the report's title with the next phase number) and its
 * metadata block, with the date left as a `YYYY-MM-DD` placeholder.
 */
export function draftMeta(report: Report): RootContent[] {
  const next = nextPhaseLabel(report.meta.phase);
  const previous = report.meta.title?.value ?? null;
  const fields: Array<readonly [string, string | PhrasingContent]> = [];
  if (next !== null) fields.push(['Phase', next]);
  fields.push(['Generated', SLOTS.date]);
  fields.push(['Author', report.meta.author ? report.meta.author.name : slot(SLOTS.author)]);
  fields.push(['Status', DRAFT_STATUS]);
  if (previous !== null) fields.push(['Previous Report', previous]);
  return [
    heading(1, draftTitle(previous, next)),
    fieldsParagraph(fields),
    heading(2, DRAFT_HEADINGS.summary),
    { type: 'paragraph', children: [slot(SLOTS.summary)] },
  ];
}

function draftTitle(previous: string | null, next: string | null): string {
  const match = previous === null ? null : PHASE_PATTERN.exec(previous);
  if (previous !== null && match?.[1] !== undefined && next !== null) {
    const at = match.index + match[0].length - match[1].length;
    return `${previous.slice(0, at)}${next}${previous.slice(at + match[1].length)}`;
  }
  const base = previous ?? 'Phase Report';
  return next === null ? `Next Update: ${base}` : `Phase ${next} Update: ${base}`;
}
